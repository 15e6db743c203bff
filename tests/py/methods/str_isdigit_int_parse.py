# isdigit says True for strings int() rejects, and int() accepts what isdecimal accepts.
for s in ["42", "٤٢", "²", "①", " 7 ", "1_000", "+5", "1.0"]:
    try:
        v = int(s)
    except ValueError as e:
        v = "ValueError"
    print(repr(s), s.isdigit(), s.isdecimal(), v)

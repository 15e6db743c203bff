# Validating and converting digit strings.
for s in ["123", "-5", "4.5", "", "007", "1e3"]:
    if s.isdigit():
        print(s, "->", int(s))
    else:
        print(s, "not all digits")

# Argument-count errors of str methods use CPython's several phrasings.
calls = [lambda: "a".upper(1), lambda: "a".isalpha(1), lambda: "a".join(), lambda: "a".center(),
         lambda: "a".lstrip(1, 2), lambda: "a".count(), lambda: "a".count(1, 2, 3, 4), lambda: "a".expandtabs(1, 2),
         lambda: "a".splitlines(1, 2), lambda: "a".replace("a"), lambda: "a".replace(1, 2, 3, 4),
         lambda: "a".endswith(), lambda: "a".translate(), lambda: "a".format_map(), lambda: "a".title(x=1),
         lambda: "a".swapcase(1), lambda: "a".zfill(1, 2), lambda: str.upper(1), lambda: str.join(1, [])]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)

# str.partition / rpartition: first vs last occurrence, missing separator, errors.
s = "key=value=more"
print(s.partition("="))
print(s.rpartition("="))
print(s.partition("=="))
print(s.rpartition("=="))
print(s.partition("key"))
print(s.rpartition("more"))
print("".partition("x"), "".rpartition("x"))
print("aaa".partition("aa"), "aaa".rpartition("aa"))
for bad in ("", None, 1):
    try:
        s.partition(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    try:
        s.rpartition(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# str.maketrans with one dict, two strings and three strings; translate applies them.
t1 = str.maketrans({"a": "A", "b": None, "c": "see"})
print(sorted(t1.items()))
print("abcabc".translate(t1))
t2 = str.maketrans("lo", "01")
print(sorted(t2.items()))
print("hello world".translate(t2))
t3 = str.maketrans("ab", "ba", "xyz")
print(sorted(t3.items()))
print("abxcyz".translate(t3))
print("".maketrans("", "") == {})
for args in [("ab", "c"), (1,), ({"ab": 1},), ("a", 1)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

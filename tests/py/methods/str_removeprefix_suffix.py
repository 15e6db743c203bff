# str.removeprefix / removesuffix remove at most one copy and never more.
print("test_case.py".removeprefix("test_"))
print("test_case.py".removesuffix(".py"))
print("aaa".removeprefix("a"), "aaa".removesuffix("a"))
print("abc".removeprefix(""), "abc".removesuffix(""))
print("abc".removeprefix("abcd"), "abc".removesuffix("zabc"))
print("abc".removeprefix("abc") == "", "abc".removesuffix("abc") == "")
print("Hello".removeprefix("hello"))
for bad in (None, 1, ("a",)):
    try:
        "abc".removeprefix(bad)
    except TypeError as e:
        print("TypeError:", e)

# len, in, *, comparison and min/max of strings.
s = "héllo"
print(len(s), "él" in s, "x" not in s, "" in s, s * 2, 0 * s == "", s * -1 == "")
print("abc" < "abd", "abc" < "ab", "Z" < "a", max("hello"), min("hello"))
print(sorted(["b", "A", "a", "B", "é"]))
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)

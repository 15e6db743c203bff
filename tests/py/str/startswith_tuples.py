# startswith/endswith with tuples, ranges and type errors.
s = "héllo.py"
print(s.startswith(("x", "hé")), s.endswith((".txt", ".py")), s.startswith(()), s.endswith("o.py", 2))
print(s.startswith("llo", 2), s.endswith("hé", 0, 2), s.startswith("", 8), s.startswith("", 9), s.endswith("", 2, 1))
print("ab".startswith(("a", 1)), "abc".endswith("c", -1), "abc".startswith("b", -2, None))
for bad in [lambda: "ab".startswith(1), lambda: "ab".endswith(["a"]), lambda: "ab".startswith(("x", 1)),
            lambda: "ab".startswith("a", "x"), lambda: "ab".endswith(), lambda: "ab".endswith("a", 0, 1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

# is / is not / in / not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 in a, 3 not in a, 3 in c)
print("b" in "abc", "bc" in "abc", "" in "abc", "x" not in "abc")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in range(5))
print([1] in [[1], [2]], (1,) in [(1,)])

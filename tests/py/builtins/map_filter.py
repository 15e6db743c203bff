# map and filter produce iterators consumed once.
m = map(lambda x: x + 1, [1, 2, 3])
print(list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(list(map(pow, [2, 3], [3, 2])), sum(map(len, ["ab", "cde"])))

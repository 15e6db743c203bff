# Common list-of-strings manipulation.
names = ["delta", "alpha", "charlie", "bravo"]
print(sorted(names), ", ".join(sorted(names, key=len)))
print([n[0].upper() + n[1:] for n in names])
print({n[0]: n for n in names})
print(list(map(len, names)), list(filter(lambda n: "a" in n[1:], names)))

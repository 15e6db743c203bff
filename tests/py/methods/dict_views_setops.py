# keys() and items() views support set operations; values() does not.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(sorted(a.keys() & {"x", "q"}), sorted(a.keys() | ["q"]), a.keys() - "xy" == {"z"})
print(a.keys() == {"x", "y", "z"}, a.keys() <= {"x", "y", "z", "w"}, a.keys().isdisjoint({"q"}))
print(("y", 2) in a.items(), ("y", 3) in a.items(), 2 in a.values(), "y" in a.keys())
try:
    a.values() & b.values()
except TypeError as e:
    print("TypeError:", e)

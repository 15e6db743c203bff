# str.join over different iterables and the error for non-str items.
print(", ".join(["a", "b", "c"]))
print("-".join("xyz"))
print("".join(("p", "q")))
print("+".join({"k1": 1, "k2": 2}))
print("|".join(str(i) for i in range(5)))
print(" ".join([]), repr("x".join(["only"])))
for bad in (["a", 1], [None], 5):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)

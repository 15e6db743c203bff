# join() accepts any iterable of str and reports the first bad item.
print("-".join(["a", "b"]), "-".join(("x",)), "".join([]), "->".join("abc"), ", ".join({"k": 1, "j": 2}))
print("·".join(["é", "日本", ""]), "-".join(str(i) for i in range(5)), "".join(map(str, [1, 2, 3])))
print(" ".join(iter(["it", "works"])), "x".join(["only"]))
for bad in [lambda: "x".join(["a", 1]), lambda: "x".join([b"a"]), lambda: "x".join(5), lambda: "x".join(),
            lambda: "x".join([], [])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

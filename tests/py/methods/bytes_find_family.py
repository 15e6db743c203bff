# bytes find/rfind/index/rindex/count accept bytes or an int in range(256).
b = b"mississippi"
print(b.find(b"ss"), b.rfind(b"ss"), b.find(115), b.rfind(ord("i")), b.find(b"x"))
print(b.count(b"s"), b.count(b"ss"), b.count(105), b.count(b""), b.count(b"i", 5))
print(b.index(b"pp"), b.rindex(b"s", 0, 5), b.find(b"i", -3), b.startswith(b"miss"), b.endswith((b"pi", b"x")))
for arg in (b"z", 256, -1, "s"):
    try:
        print(b.index(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

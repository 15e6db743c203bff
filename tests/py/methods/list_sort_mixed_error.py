# The first incomparable pair decides the error; the list keeps its partial order.
for data in ([3, "a", 1], ["b", 2, "a"], [1, 2, None], [2.5, 1, "x", 0]):
    xs = list(data)
    try:
        xs.sort()
    except TypeError as e:
        print("TypeError:", e, xs)

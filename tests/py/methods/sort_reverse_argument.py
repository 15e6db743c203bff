# list.sort / sorted take `reverse` as an integer.
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted("bca", reverse=True))
for bad in ("yes", None, 1.0):
    try:
        sorted([1, 2], reverse=bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        [2, 1].sort(reverse=bad)
    except TypeError as e:
        print("TypeError:", e)
print((12).__round__(-1), (15).__round__(-1), (2.5).__round__(None), (7).__floor__(), (-7.5).__ceil__())
try:
    (3).__round__(None)
except TypeError as e:
    print("TypeError:", e)

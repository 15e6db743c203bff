# Out-of-range list access.
xs = [1, 2, 3]
for i in (2, -3, 3, -4):
    try:
        print(xs[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    xs[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    xs["0"]
except TypeError as e:
    print("TypeError:", e)

# Slicing lists, including negative steps.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[5:2], xs[100:], xs[-100:2], xs[::-100], xs[1:9:100])
ys = xs[:]
ys[0] = "changed"
print(xs[0], ys[0])

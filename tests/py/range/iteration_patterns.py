# Common loop patterns over ranges.
total = 0
for i in range(1, 101):
    total += i
print(total)
xs = ["a", "b", "c"]
for i in range(len(xs) - 1, -1, -1):
    print(i, xs[i])
print([i * j for i in range(1, 4) for j in range(1, 4)])
print(sum(range(0, 1000, 7)), max(range(3, 30, 4)), min(range(10, 0, -3)))

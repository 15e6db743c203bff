print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3]), sum([0.5, 0.25], 1))
print(sum(range(10**6)) if False else sum(range(1000)), sum([-1, -2], -3))

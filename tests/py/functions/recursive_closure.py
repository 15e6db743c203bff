# A nested function that calls itself through the enclosing scope.
def count_paths(n):
    memo = {}
    def walk(i):
        if i >= n:
            return 1 if i == n else 0
        if i not in memo:
            memo[i] = walk(i + 1) + walk(i + 2)
        return memo[i]
    return walk(0)
print([count_paths(n) for n in range(10)], count_paths(80))

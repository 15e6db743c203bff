# The example `make demo` runs through compiler_lib.wasm: a little of everything the
# core language does.
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


def primes(limit):
    sieve = [True] * (limit + 1)
    found = []
    for n in range(2, limit + 1):
        if sieve[n]:
            found.append(n)
            for multiple in range(n * n, limit + 1, n):
                sieve[multiple] = False
    return found


print(greet("Edge Python"))
print("primes below 50:", primes(50))
print("2 ** 100 =", 2 ** 100)
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print("most common:", max(counts.items(), key=lambda kv: kv[1]))
try:
    print(1 / 0)
except ZeroDivisionError as error:
    print("caught:", error)

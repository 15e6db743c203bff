# Factorials far beyond 64 bits.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20), fact(21), fact(25))
print(fact(100))
print(len(str(fact(500))))
print(fact(30) // fact(28), fact(50) % 1000003)

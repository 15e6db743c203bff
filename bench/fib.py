# Measures: plain recursive function calls and small-int arithmetic
# (call/return overhead, frame setup, int add/compare) via naive fib.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for n in range(23, 31):
    total += fib(n)
print(f"fib(30) = {fib(30)}")
print(f"checksum {total}")

# Measures: tight nested `for ... in range` loops with small-int arithmetic
# (add, mul, floor-div, modulo, xor, comparisons) and local variable access.


def work(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            x = i * j + (i ^ j)
            if x % 3 == 0:
                acc += x // 3
            else:
                acc -= x % 7
            acc &= 0xFFFFFFF
    return acc


def triangle(n):
    count = 0
    for a in range(1, n):
        for b in range(a, n):
            c2 = a * a + b * b
            k = b + 1
            while k < n and k * k <= c2:
                if k * k == c2:
                    count += 1
                k += 1
    return count


print(f"work {work(1300)}")
print(f"triangle {triangle(300)}")

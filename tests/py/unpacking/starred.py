# Starred targets collect the remainder into a list.
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
a, *b = [1]
print(a, b)
a, b, *c, d = 1, 2, 3
print(a, b, c, d)
[*everything] = (9, 8)
print(everything)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)

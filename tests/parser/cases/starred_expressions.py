a = *b, c
*a, b = c
a, *b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
for *a, b in c:
    pass
print(*a, *b)
x = *a,

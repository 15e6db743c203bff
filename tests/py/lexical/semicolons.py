# Multiple statements on one line.
a = 1; b = 2; c = a + b
print(a, b, c); print("second")
if c == 3: print("inline if")
for i in range(3): print(i, end=" ")
print()
while False: pass

# str(int(s)) round-trips for many sizes.
s = ""
for i in range(1, 60, 7):
    s = "9" * i
    n = int(s)
    print(i, str(n) == s, str(n + 1), str(-n - 1))

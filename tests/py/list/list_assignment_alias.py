# Assignment aliases; slicing copies.
a = [1, 2, 3]
b = a
c = a[:]
a[0] = 100
print(a, b, c)
def mutate(lst):
    lst.append("m")
mutate(a)
print(b)

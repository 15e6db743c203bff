# Indexing, unpacking and extending a list subclass go through its own
# __getitem__ / __iter__ (only exact lists take the fast paths).
class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("iter")
        return super().__iter__()
s = Loud([1, 2])
print(s[0])
a, b = s
print(a, b)
x, *y = s
for v in s: pass
print([*s])

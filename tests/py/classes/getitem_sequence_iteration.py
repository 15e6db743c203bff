# A class with only __getitem__ is iterable via the old sequence protocol; slices arrive as slice objects.
class Squares:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(10))]
        if i >= 10:
            raise IndexError(i)
        return i * i

s = Squares()
print(list(s)[:5], 49 in s, s[2:8:2], s[::-3])
for v in s:
    if v > 10:
        print("first > 10:", v)
        break

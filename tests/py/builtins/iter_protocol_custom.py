class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True), list(zip(Count(2), 'ab')))
print(list(enumerate(Count(2))), any(Count(0)), all(Count(3)), tuple(map(str, Count(3))))
class GetItem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(GetItem()), 4 in GetItem(), list(iter(GetItem())))

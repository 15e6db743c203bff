data = [3, 1, 4, 1, 5, 9, 0, 2]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
chunks = iter(['ab', 'cd', ''])
print(list(iter(chunks.__next__, '')))
try:
    iter(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)

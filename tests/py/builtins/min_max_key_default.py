words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: (len(w), w)), min(3, 1, 2), max(3, 1, 2, key=lambda v: -v))
print(min([], default='empty'), max((), default=None), min([5], default=0))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min('hello'), max({1: 'a', 5: 'b'}))
print(max(iter([4, 9, 2])), min(x % 5 for x in range(12, 20)))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: min([1, 'a'])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

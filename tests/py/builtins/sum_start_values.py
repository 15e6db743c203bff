print(sum([]), sum([], 10), sum([1, 2, 3], 100), sum(range(101)), sum([0.1] * 3))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2], start=0.5))
print(sum(x * x for x in range(10)), sum([True, True, False]), sum([2**64, 2**64]))
for args in [(['a', 'b'], ''), ([b'a'], b''), ([1, 'a'],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print('TypeError', e)

cases = [(slice(None), 10), (slice(-3, None), 10), (slice(None, None, -1), 5), (slice(2, 100, 3), 10),
         (slice(-100, 100), 7), (slice(5, 1, -2), 8), (slice(None, -1), 0), (slice(10, 20), 5), (slice(-1, -10, -3), 6)]
for s, n in cases:
    idx = s.indices(n)
    print(s, n, idx, list(range(*idx)) == list(range(n))[s])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print('ValueError', e)

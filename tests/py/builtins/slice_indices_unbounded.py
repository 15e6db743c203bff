# slice.indices with lengths, bounds and steps of any size, and its argument errors.
cases = [(slice(None), 10), (slice(-3, None), 10), (slice(None, None, -1), 5), (slice(2, 100, 3), 10),
         (slice(-100, 100), 7), (slice(5, 1, -2), 8), (slice(None, -1), 0), (slice(10, 20), 5), (slice(-1, -10, -3), 6),
         (slice(1, 2), 2**70), (slice(-2**70, 2**70), 10), (slice(None, None, 2**70), 10), (slice(None, None, -2**70), 10),
         (slice(-1, None, -1), 2**80), (slice(None, -5), 2**65), (slice(True, False), 3), (slice(None), 0), (slice(None, None, -1), 0)]
for s, n in cases:
    print(s, s.indices(n))
for s, n in [(slice(0, 1, 0), 5), (slice(1), -1), (slice('a'), 3), (slice(1.5), 3), (slice(1), 2.0), (slice(1), -2**70)]:
    try:
        s.indices(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

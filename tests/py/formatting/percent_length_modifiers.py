print('%ld %hd %Ld %lx' % (1, 2, 3, 255))
print('%(a)s %%' % {'a': 1}, 'abc' % (), 'abc' % [], 'abc' % {}, '%s' % {})
for fmt, args in [('abc', 5), ('%d %s', (1, 'x', 2)), ('%s %s', [1, 2]), ('%(a)*d', {'a': 1}), ('%c', 1.5), ('%d', '5')]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)

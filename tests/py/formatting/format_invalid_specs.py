cases = [(1, 'q'), (1.5, 'd'), ('s', 'd'), (1, '.2d'), ('x', '+'), ('x', '#'), (1, ',_'), (1, '_,'),
         (1.0, 'c'), (1, '<<<'), (1, '1.'), ('s', '=5'), (1.5, 'x'), (1, ',b'), (1, ',c')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)

for spec in ['<8', '>8', '^8', '=8', '*=8', '+=8', '0=8', '#<10x', '#=10x', ' =8']:
    print(repr(format(-42, spec)), repr(format(42, spec)))

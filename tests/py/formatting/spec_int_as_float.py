for spec in ['e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '.1%', '10.2f']:
    print(spec, repr(format(1234, spec)), repr(format(-7, spec)))
print(format(10**20, 'f'), format(10**20, 'e'), format(10**20, 'g'))

d = {'k': 'v'}
xs = list(range(5))
print(f'{d["k"]} {d.get("z", "dflt")}')
print(f'{xs[1:3]} {xs[::-1]} {sum(x*x for x in xs)}')
print(f'{(lambda v: v + 1)(1)} {"yes" if xs else "no"}')
print(f'{3 > 2} {not xs} {xs and 1}')
print(f'{{{xs[0]}}}')
print(f'{"a" "b"} {(1, 2)} {1,}')

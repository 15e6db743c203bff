name = 'World'; n = 3; xs = [1, 2]
print(f'Hello, {name}!')
print(f'{n + 1} {n * 2.5} {xs} {xs[0]} {len(name)}')
print(f'{{literal}} {n}{{}}')
print(f'{"nested"} {name.upper()} {"-".join(["a", "b"])}')
print(f'''{name}
{n}''')
print(F'{n:03}', rf'\n{n}', fr'{n}\t')

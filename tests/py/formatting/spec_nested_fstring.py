w = 10; p = 3; a = '>'; f = '*'
x = 3.14159265
print(f'[{x:{w}.{p}f}]')
print(f'[{x:{f}{a}{w}.{p}}]')
print(f'[{"s":{f}^{w}}]')
print(f'[{12345:{","}}]')
for w in range(4, 9, 2):
    print(f'|{w:{w}}|{"x":{"<" if w > 5 else ">"}{w}}|')

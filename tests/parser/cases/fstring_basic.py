a = f'hello {name}'
b = F"{x}{y}"
c = f'{x} and {y}'
d = f'no fields'
e = f''

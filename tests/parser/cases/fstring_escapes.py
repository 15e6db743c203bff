a = f'\n{x}\t'
b = f'\{x}'
c = f'\x41{x}\u00e9'
d = f'tab\there'

a = f"{'inner'}"
b = f'{"inner"}'
c = f"{d['key']}"
d = f'''{"a" + 'b'}'''
e = f"{f'{x}'}"
f = f'{"a" "b"}'

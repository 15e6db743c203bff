data = {'name': 'Ada', 'langs': ['py', 'c']}
print(f"{data['name']!r:>6} knows {', '.join(data['langs'])}")
print(f'{data["langs"][-1].upper()}', f"{'{'}{'}'}", f'{"a" + "b"!r}')
rows = [('x', 1.5), ('yy', 22.25)]
for k, v in rows:
    print(f'{k:<4}|{v:>8.2f}|{v:<8.1e}|{k * 2:^6}|')
print(f'{3:{"0"}{5}}', f'{"q":{"^"}{5}}')

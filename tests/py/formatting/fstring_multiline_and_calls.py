def greet(n, punct='!'):
    return f'hi {n}{punct}'
items = [1, 2, 3]
msg = (
    f'count={len(items)} '
    f'sum={sum(items)} '
    f'{greet("bo", punct="?")}'
)
print(msg)
print(f'{max(items, key=lambda v: -v)} {sorted(items, reverse=True)} {items[-1]:>{len(items)}}')
print(f'{ 1 + 2 }|{ items [0] }|{(lambda: "lam")()}')

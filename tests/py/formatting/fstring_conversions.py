s = 'tab\there'
print(f'{s}|{s!r}|{s!a}|{s!s}')
print(f'{"é"!a} {"é"!r}')
print(f'{3.0!r} {3!s:>4} {None!r}')
print(f'{[s]}')

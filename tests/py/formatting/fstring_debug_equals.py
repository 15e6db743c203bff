x = 42; s = 'hi'; f = 2.5
print(f'{x=}')
print(f'{x = }')
print(f'{s=}', f'{s=!s}', f'{f=:.3f}', f'{x*2=}')
print(f'{x=:>6}', f'{s = !r:^8}')
print(f'{[1, 2]=}')

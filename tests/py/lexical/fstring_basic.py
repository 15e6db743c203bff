# f-string interpolation basics.
name = "world"
n = 3
print(f"hello {name}", F"n={n}", f'{n + 1}', f"""{name!r}""")
print(f"{{literal braces}} {n}")
print(f"{'quoted'} {'x' if n else 'y'}", f'{"dq"}')
print(f"{n}{n}{n}", f"", f"{name}" f"-{n}")
print(rf"\n{n}", fr"{name}\t")

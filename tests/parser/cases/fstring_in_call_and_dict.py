print(f"{a}", f'{b!r}', end=f"{c}")
d = {f"{k}": v for k, v in x}

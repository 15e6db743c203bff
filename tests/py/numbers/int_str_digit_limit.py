import sys
print(sys.get_int_max_str_digits())
for f in [lambda: int('1' * 5000), lambda: str(10**5000)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(len(str(10**4299)), int('1' * 4300) % 97, hex(10**5000)[:10])

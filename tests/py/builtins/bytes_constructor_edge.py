print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'), bytes(range(3)), bytearray(2))
for v in [[256], [-1], 'str', -1]:
    try:
        print(bytes(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(chr(0) == '\x00', repr(chr(127)), repr(chr(0x10FFFF)), ord('\U0010ffff'), ord('€'), chr(8364))
for v in [-1, 0x110000, 1.5]:
    try:
        chr(v)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for v in ['', 'ab', b'a', 5]:
    try:
        print(ord(v))
    except TypeError as e:
        print('TypeError', e)
print(ord(b'\xff'), ord(bytearray(b'A')))

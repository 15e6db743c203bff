# Bytes literal patterns; str and bytes never compare equal.
for x in [b"ab", "ab", bytearray(b"ab"), b""]:
    match x:
        case b"ab":
            print(repr(x), "bytes ab")
        case "ab":
            print(repr(x), "str ab")
        case b"":
            print(repr(x), "empty bytes")

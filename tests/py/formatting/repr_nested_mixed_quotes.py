d = {"it's": ['say "hi"', "x'y\"z"], 'tab\t': (b"b'", bytearray(b'"'))}
print(d)
print(repr(d) == str(d), str(['\n']), str('\n'))
print([chr(i) for i in (0, 9, 10, 13, 27, 92, 39, 34, 127)])

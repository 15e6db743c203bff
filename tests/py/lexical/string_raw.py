# Raw strings keep backslashes.
print(r"\n\t\\", R'\x41', len(r"\n"))
print(r"C:\path\to\file")
print(repr(r"a\"b"), len(r"a\"b"))
print(rb"\n" == b"\\n", Rb"\x00", bR"\t", br'\d')

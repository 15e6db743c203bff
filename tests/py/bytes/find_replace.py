# find, index, count, replace, startswith on bytes.
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.find(b"zz"), b.count(b"a"), b.index(b"c"))
print(b.replace(b"a", b"A"), b.replace(b"bra", b"", 1), b.startswith(b"abr"), b.endswith(b"ra"))
print(b.find(97), 98 in b, b"cad" in b, b"xyz" in b)
print(b.upper(), b"ABC".lower(), b"  pad  ".strip(), b"xxhixx".strip(b"x"))

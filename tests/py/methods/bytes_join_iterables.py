# bytes.join accepts any iterable of bytes-like objects.
print(b", ".join([b"a", b"b"]), b"".join(bytes([c]) for c in b"xyz"), b"-".join((bytearray(b"p"), b"q")))
print(bytearray(b"::").join([b"1", b"2", b"3"]), type(bytearray(b"").join([])).__name__)
for bad in ([1, 2], [b"a", None], "ab"):
    try:
        b"/".join(bad)
    except TypeError as e:
        print("TypeError:", e)

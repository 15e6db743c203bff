a = b'abc'
b = b'\x00\xff\n\t'
c = b'\777'
d = b'\u1234'
e = b"it's"
f = b'a' b'b' B"c"
g = rb'\x00'
h = b''

# Slicing with positive, negative and out-of-range bounds.
s = "Hello, World"
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[-5:-1], s[:])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[::2], s[1::3], s[::-1], s[::-2], s[8:2:-1], s[-1:-6:-1], repr(s[2:8:-1]))
u = "αβγδε😀"
print(u[::-1], u[1:4], u[-2:], u[::2])

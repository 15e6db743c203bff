a = x | y ^ z & w
b = x << 2 >> 1
c = x & y | z
d = ~x & 0xff
e = x | y | z

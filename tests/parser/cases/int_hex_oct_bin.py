a = 0x1f
b = 0XFF
c = 0o17
d = 0O7_7
e = 0b1010
f = 0B1_0
g = 0x_dead_beef

# Augmented assignment on names for several types.
n = 5
n += 2; n -= 1; n *= 3; n //= 4; n **= 2; n %= 7
print(n)
s = "a"
s += "b"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
f = 1.5
f /= 2
print(f)

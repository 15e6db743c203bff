# Strings do not support item deletion either.
s = "hello"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print(s[:1] + s[2:])

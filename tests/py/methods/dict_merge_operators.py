# dict | dict makes a new dict (right wins); |= updates in place and accepts pairs.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b, b | a)
alias = a
a |= b
print(a, alias is a)
a |= [("w", 0)]
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError:", e)

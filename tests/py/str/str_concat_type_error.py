# Adding str and int fails with a precise message.
try:
    print("a" + 1)
except TypeError as e:
    print(e)
try:
    print(1 + "a")
except TypeError as e:
    print(e)
print("a" + str(1))

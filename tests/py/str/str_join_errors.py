# join requires strings.
try:
    print(",".join([1, 2]))
except TypeError as e:
    print("TypeError:", e)
print(",".join(map(str, [1, 2])))

# Backslash continuation and implicit continuation inside brackets.
total = 1 + \
    2 + \
    3
print(total)
xs = [
    1,
    2,  # comment inside brackets
    3,
]
print(xs)
d = {
    "a": 1,
    "b": 2
}
print(d)
r = (10
     - 3
     * 2)
print(r)
if total > 5 and \
   r > 0:
    print("both")
print(max(1,
          9,
          4))

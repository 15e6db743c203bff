# Calling with keyword arguments in any order.
def box(width, height, depth=1):
    return width * height * depth, (width, height, depth)
print(box(2, 3), box(height=3, width=2), box(1, depth=5, height=2))
try:
    box(1, 2, width=3)
except TypeError as e:
    print("TypeError:", e)
try:
    box(1, 2, color="red")
except TypeError as e:
    print("TypeError:", e)
try:
    box(1)
except TypeError as e:
    print("TypeError:", e)
try:
    box(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

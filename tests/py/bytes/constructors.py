# bytes() constructors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"))
print(bytes("é", "utf-8"), bytes([0, 255]), bytes((1, 2)))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)

# bytearray pop/remove/clear/reverse/copy.
ba = bytearray(b"hello world")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, len(c))
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ba.pop(50)
except IndexError as e:
    print("IndexError:", e)
try:
    ba.remove(ord("z"))
except ValueError as e:
    print("ValueError:", e)

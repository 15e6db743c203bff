# Building a table of text with ljust/rjust.
rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + f"{price:8.2f}")

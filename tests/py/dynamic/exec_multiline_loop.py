# A multi-statement program with loops and a comprehension under exec.
src = """
total = 0
for i in range(5):
    if i % 2:
        continue
    total += i
squares = [n * n for n in range(4)]
"""
ns = {}
exec(src, ns)
print(ns["total"], ns["squares"])

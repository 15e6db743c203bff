# edge-differs: ranges are stored as 64-bit integers, so bounds beyond 2**62 raise
# OverflowError (CPython accepts any int; len() of it then overflows).
print(len(range(2**62 - 1)))
try:
    r = range(2**63)
    print(r[-1])
except OverflowError as e:
    print("OverflowError:", e)

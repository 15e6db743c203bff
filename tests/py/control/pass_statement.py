# pass in every block kind.
def noop():
    pass
for _ in range(2):
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(noop(), "after passes")

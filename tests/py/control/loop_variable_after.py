# The loop variable keeps its last value after the loop.
for i in range(5):
    pass
print(i)
for ch in "xyz":
    if ch == "y":
        break
print(ch)
k = "untouched"
for k in []:
    pass
print(k)

# Changing a dict's size during iteration raises RuntimeError.
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {1: "a", 2: "b", 3: "c"}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)

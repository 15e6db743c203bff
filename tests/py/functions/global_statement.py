# global rebinds a module-level name.
count = 0
def bump():
    global count
    count += 1
for _ in range(3):
    bump()
print(count)
def create():
    global created
    created = "made inside"
create()
print(created)
def read_only():
    return count * 2
print(read_only())

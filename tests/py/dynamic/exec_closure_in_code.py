# Closures created by exec'd code work; the nested function sees the exec globals.
ns = {}
exec("""
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c = make_counter()
c(); c()
result = c()
""", ns)
print(ns["result"])

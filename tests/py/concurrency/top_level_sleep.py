# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# The module body is a task too: top-level statements can wait.
print("before")
sleep(0.01)
print("after")
x = receive() if False else "no receive"
print(x)

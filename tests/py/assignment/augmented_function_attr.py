# Augmented assignment on function attributes.
def handler():
    handler.calls += 1
    return handler.calls
handler.calls = 0
handler()
handler()
print(handler.calls)
handler.log = []
handler.log += ["a"]
print(handler.log)

# exec and eval called with * and ** unpacking.
args = ("r = a * 2", {"a": 21})
exec(*args)
print(args[1]["r"])
print(eval(*("a + 1", {"a": 1})))
try:
    eval(**{})
except TypeError as e:
    print(e)

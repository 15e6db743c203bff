# UnboundLocalError is a NameError.
count = 0
def increment():
    count += 1
    return count
try:
    increment()
except NameError as e:
    print(type(e).__name__ + ":", e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# The Ellipsis literal.
print(...)
print(... is Ellipsis, repr(...))
def stub():
    ...
print(stub())

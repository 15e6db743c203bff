# str(KeyError) uses repr of the key, unlike other exceptions.
try:
    {}["a b"]
except KeyError as e:
    print(str(e), "|", e.args[0])
print(str(KeyError("x")), str(ValueError("x")), str(KeyError("x", "y")), str(KeyError(1)))

# Dispatching by name with getattr on built-in string methods.
s = "Hello World"
for name in ["upper", "lower", "swapcase", "title"]:
    print(name, getattr(s, name)())
print(hasattr(s, "nothing"), hasattr(s, "split"))

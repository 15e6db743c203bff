# eval returns the value of an expression.
print(eval("1 + 2 * 3"))
print(eval("[i * i for i in range(4)]"))
print(eval("'a' 'b'"))
print(eval("(lambda q: q + 1)(41)"))

# compile(..., 'eval') gives a code object eval returns the value of.
code = compile("a * b", "<expr>", "eval")
print(eval(code, {"a": 6, "b": 7}))
print(exec(code, {"a": 1, "b": 2}))
print([eval(code, {"a": i, "b": i}) for i in range(4)])

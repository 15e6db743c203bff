# compile(..., 'exec') gives a code object exec can run many times.
code = compile("total = total + step", "<acc>", "exec")
ns = {"total": 0, "step": 5}
for _ in range(3):
    exec(code, ns)
print(ns["total"])
print(type(code).__name__)
print(eval(code, ns), ns["total"])

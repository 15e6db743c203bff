# A stack-based (RPN) calculator and an infix-to-RPN converter.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out
def evaluate(rpn):
    stack = []
    for t in rpn:
        if t in PREC:
            b, a = stack.pop(), stack.pop()
            if t == "+": stack.append(a + b)
            elif t == "-": stack.append(a - b)
            elif t == "*": stack.append(a * b)
            elif t == "/": stack.append(a / b)
            else: stack.append(a ** b)
        else:
            stack.append(int(t))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]
for expr in ["3 + 4 * 2", "( 1 + 2 ) * ( 3 + 4 )", "2 ^ 3 ^ 2", "10 - 4 - 3", "7 / 2 + 1", "( ( 15 / ( 7 - ( 1 + 1 ) ) ) * 3 ) - ( 2 + ( 1 + 1 ) )"]:
    rpn = to_rpn(expr.split())
    print(expr, "=>", " ".join(rpn), "=", evaluate(rpn))
try:
    evaluate(["1", "2"])
except ValueError as e:
    print("error:", e)
try:
    evaluate(["1", "0", "/"])
except ZeroDivisionError as e:
    print("error:", e)

f(*a, b, *c)
f(*(a, b))
f(**{"a": 1})
x[a:b, *c]

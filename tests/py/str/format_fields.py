# str.format field names: indices, keywords, attributes, element indices.
data = {"a": 1, "-1": "neg", " k ": "spaced", "}": "brace", ":": "colon"}
print("{0[a]} {0[-1]} {0[ k ]} {0[}]} {0[:]}".format(data))
print("{0[1]} {0[0][1]} {x[2]}".format([[5, 6], 7], x="xyz"))
print("{.real} {.imag} {n.real.denominator}".format(10, 10, n=255))
print("{} {} {}".format(*"abc"), "{2}{1}{0}".format(*"abc"))
print("{00} {١}".format("zero", "one"))
print("{ }".format(**{" ": "space"}), "{a-b}".format(**{"a-b": 1}))
print("{0}{0}{1}".format("x", "y"), "{{{0}}}".format(5), "}}{{".format())
print("{[0]}{[1]}".format("ab", "cd"))
print("{0.__class__.__name__}".format(1.5))

# Functions stored in data structures and passed around.
def double(x):
    return x * 2
def negate(x):
    return -x
ops = {"double": double, "negate": negate, "square": lambda x: x * x}
for name in ["double", "negate", "square"]:
    print(name, ops[name](7))
def compose(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
print(compose(double, negate, ops["square"])(3))
print(double is ops["double"], callable(double), callable(3))
print(list(map(double, [1, 2, 3])), sorted([-3, 1, -2], key=negate))

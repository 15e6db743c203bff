# Independent closures from the same factory.
def make_acc():
    total = []
    def acc(x):
        total.append(x)
        return sum(total)
    return acc
a = make_acc()
b = make_acc()
print(a(1), a(2), b(10), a(3), b(5))

fs = [lambda i=i: i for i in range(3)]
def make(n):
    return lambda x, n=n: x + n

class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
n = Node(1, Node(2, Node(3)))
print('{0.val}->{0.nxt.val}->{0.nxt.nxt.val}'.format(n))
grid = [[1, 2], [3, 4]]
print('{0[1][0]} {0[0][1]} {g[1][1]}'.format(grid, g=grid))
print('{0[-1]}'.format({'-1': 'string key'}), '{0[1]}'.format({1: 'int key'}), '{0[x]}'.format({'x': 'xx'}))
print('{a.real} {a.imag} {b.__class__.__name__}'.format(a=3, b=2.5))
for bad in ['{0.}', '{0[}', '{0]}', '{0!}', '{0!rr}']:
    try:
        print(bad.format(3))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(bad, type(e).__name__, e)

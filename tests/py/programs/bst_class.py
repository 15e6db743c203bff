# A binary search tree with insert, search, delete, in-order generator, height and range query.
class BST:
    class Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.count += 1
                return BST.Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.count -= 1

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __len__(self):
        return self.count

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
t[40] = "forty"
print(list(t), len(t), t.height(), t[40], t.range(33, 62))
del t[30]
del t[50]
print(list(t), len(t), t.root.key, t.height())
for action in (lambda: t[99], lambda: t.__delitem__(99)):
    try:
        action()
    except KeyError as e:
        print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = len(w)
print(list(words), len(words))

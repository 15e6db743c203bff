# Huffman coding without heapq: build the tree, derive codes, encode and decode a message.
class Leaf:
    def __init__(self, ch, freq):
        self.ch, self.freq = ch, freq

    def key(self):
        return (self.freq, self.ch)


class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.freq = left.freq + right.freq
        self.ch = min(left.ch, right.ch)

    def key(self):
        return (self.freq, self.ch)


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Leaf(c, f) for c, f in freq.items()]
    while len(nodes) > 1:
        nodes.sort(key=lambda n: n.key())
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Branch(a, b))
    return nodes[0], freq


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def decode(tree, bits):
    out, node = [], tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)


msg = "abracadabra alakazam"
tree, freq = build(msg)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), freq[ch], table[ch])
bits = "".join(table[c] for c in msg)
print(len(bits), "bits vs", 8 * len(msg), bits[:32])
print(decode(tree, bits) == msg, decode(tree, bits))

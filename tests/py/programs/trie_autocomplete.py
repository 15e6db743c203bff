# A trie for autocomplete: insert with counts, prefix search ranked by frequency, deletion.
class Trie:
    def __init__(self):
        self.children = {}
        self.count = 0

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.count += 1

    def _find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def words(self, prefix=""):
        stack = [(self._find(prefix), prefix)]
        while stack:
            node, acc = stack.pop()
            if node is None:
                continue
            if node.count:
                yield acc, node.count
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], acc + ch))

    def complete(self, prefix, k=3):
        ranked = sorted(self.words(prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in ranked[:k]]

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.count)

    def delete(self, word):
        path = [self]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].count:
            raise KeyError(word)
        path[-1].count = 0
        for i in range(len(word) - 1, -1, -1):
            node = path[i + 1]
            if node.count or node.children:
                break
            del path[i].children[word[i]]


t = Trie()
corpus = "car card care careful cart cat catalog dog door dorm car card car cat do"
for w in corpus.split():
    t.insert(w)
print(list(t.words("car")))
print(t.complete("ca"), t.complete("do", 5), t.complete("x"), t.complete(""))
print("card" in t, "ca" in t, "careful" in t)
t.delete("careful")
t.delete("do")
print("careful" in t, "care" in t, "door" in t, list(t.words("do")))
for w in ("zzz", "ca"):
    try:
        t.delete(w)
    except KeyError as e:
        print("KeyError:", e)

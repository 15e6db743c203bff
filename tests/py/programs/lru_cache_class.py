# An LRU cache built on a dict (insertion order) plus a memoizing decorator that uses it.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c.get("a"), c.get("z"))
c.put("d", "D")
c.put("b", "B2")
c.put("e", "E")
print(c, len(c), "c" in c, c.hits, c.misses)


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()

        def wrapper(*args):
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r

        wrapper.cache = cache
        return wrapper
    return deco


@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), fib.cache.hits, fib.cache.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

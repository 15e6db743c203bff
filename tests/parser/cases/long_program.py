"""A small program exercising many things at once."""
import sys
from collections import defaultdict


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


def build(depth: int) -> Node:
    if depth == 0:
        return Node(0)
    return Node(depth, [build(depth - 1) for _ in range(2)])


def main(argv=sys.argv):
    counts = defaultdict(int)
    for v in build(3).walk():
        counts[v] += 1
    total = sum(counts.values())
    print(f"total={total}", *sorted(counts.items()), sep="\n")
    try:
        return 0 if total else 1
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    finally:
        del counts


if __name__ == "__main__":
    sys.exit(main())

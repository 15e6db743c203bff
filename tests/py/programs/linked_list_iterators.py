# A singly linked list with iterator protocol, indexing, reversal and equality.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"


class PairIterator:
    def __init__(self, ll):
        self.it = iter(ll)

    def __iter__(self):
        return self

    def __next__(self):
        a = next(self.it)
        b = next(self.it, None)
        return (a, b)


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], 3 in ll, sum(ll))
ll.remove(2)
ll.remove(0)
ll.reverse()
print(ll, list(PairIterator(ll)), ll == LinkedList([4, 3, 1]))
it = iter(ll)
print(next(it), next(it), list(it), list(it))
for bad in (lambda: ll[10], lambda: ll.remove(99)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(LinkedList(), len(LinkedList()), list(reversed(list(LinkedList("abc")))))

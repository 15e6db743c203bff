# A binary-heap priority queue class (no heapq) with stable ordering and a task scheduler.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._up(len(self.heap) - 1)

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._down(0)
        return top[0], top[2]

    def peek(self):
        return self.heap[0][2] if self.heap else None

    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def _down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self.heap[c] < self.heap[smallest]:
                    smallest = c
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)


pq = PriorityQueue()
for pr, name in [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "reply CEO"), (5, "lunch"), (2, "standup")]:
    pq.push(pr, name)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

nums = PriorityQueue()
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
for x in data:
    nums.push(x, x)
print([nums.pop()[1] for _ in range(len(data))] == sorted(data))

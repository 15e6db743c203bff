# A fixed-size ring buffer with iteration, indexing and a moving-average sensor monitor.
class RingBuffer:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.start = 0
        self.size = 0

    def append(self, x):
        cap = len(self.buf)
        end = (self.start + self.size) % cap
        self.buf[end] = x
        if self.size == cap:
            self.start = (self.start + 1) % cap
        else:
            self.size += 1

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("ring buffer index out of range")
        return self.buf[(self.start + i) % len(self.buf)]

    def __iter__(self):
        for i in range(self.size):
            yield self[i]

    def full(self):
        return self.size == len(self.buf)

    def __repr__(self):
        return f"RingBuffer({list(self)}, cap={len(self.buf)})"


class Monitor:
    def __init__(self, window, limit):
        self.window = RingBuffer(window)
        self.limit = limit
        self.alerts = []

    def feed(self, t, value):
        self.window.append(value)
        avg = sum(self.window) / len(self.window)
        if self.window.full() and avg > self.limit:
            self.alerts.append((t, round(avg, 2)))
        return avg


rb = RingBuffer(3)
for i in range(5):
    rb.append(i)
    print(rb, len(rb), rb[0], rb[-1])
try:
    rb[3]
except IndexError as e:
    print("IndexError:", e)
mon = Monitor(4, 20)
readings = [10, 12, 30, 35, 18, 40, 5, 5, 5, 50]
avgs = [round(mon.feed(t, v), 2) for t, v in enumerate(readings)]
print(avgs)
print(mon.alerts)

# An event emitter with callbacks, one-shot listeners, priorities and error isolation.
class EventEmitter:
    def __init__(self):
        self.listeners = {}

    def on(self, event, callback, priority=0, once=False):
        self.listeners.setdefault(event, []).append((priority, len(self.listeners.get(event, [])), callback, once))
        self.listeners[event].sort(key=lambda t: (-t[0], t[1]))
        return callback

    def once(self, event, callback):
        return self.on(event, callback, once=True)

    def off(self, event, callback):
        before = len(self.listeners.get(event, []))
        self.listeners[event] = [t for t in self.listeners.get(event, []) if t[2] is not callback]
        return before - len(self.listeners[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for entry in list(self.listeners.get(event, [])):
            _, _, cb, once = entry
            if once:
                self.listeners[event].remove(entry)
            try:
                results.append(cb(*args, **kwargs))
            except Exception as e:
                results.append(f"error in {cb.__name__}: {type(e).__name__}: {e}")
        return results


bus = EventEmitter()
log = []


def audit(user, **info):
    log.append((user, info))
    return "audited"


def greet(user, **info):
    return f"hello {user}"


def fail(user, **info):
    raise RuntimeError("listener crashed")


bus.on("login", greet)
bus.on("login", audit, priority=10)
bus.on("login", fail, priority=-1)
bus.once("login", lambda user, **i: f"first login by {user}")
print(bus.emit("login", "ann", ip="1.2.3.4"))
print(bus.emit("login", "bob"))
print(bus.off("login", fail), bus.off("login", fail))
print(bus.emit("login", "cid"))
print(bus.emit("logout", "ann"))
print(log)


class Counter:
    def __init__(self, bus):
        self.n = 0
        bus.on("tick", self.handle)

    def handle(self, step=1):
        self.n += step
        return self.n


cnt = Counter(bus)
for s in (1, 2, 3):
    bus.emit("tick", step=s)
print(cnt.n)

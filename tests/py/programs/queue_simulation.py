# A deterministic checkout-queue simulation with lists and dicts.
arrivals = [(0, "ann", 3), (1, "bob", 1), (2, "cy", 4), (2, "dee", 2), (7, "eve", 1), (8, "fay", 2)]
queue = []
serving = None
log = []
t = 0
pending = arrivals[:]
while pending or queue or serving:
    while pending and pending[0][0] == t:
        _, name, work = pending.pop(0)
        queue.append({"name": name, "work": work, "arrived": t})
        log.append(f"t={t}: {name} arrives (queue {len(queue)})")
    if serving and serving["left"] == 0:
        log.append(f"t={t}: {serving['name']} done, waited {serving['waited']}")
        serving = None
    if serving is None and queue:
        c = queue.pop(0)
        serving = {"name": c["name"], "left": c["work"], "waited": t - c["arrived"]}
        log.append(f"t={t}: serving {c['name']}")
    if serving:
        serving["left"] -= 1
    t += 1
print("\n".join(log))
print("finished at", t - 1)

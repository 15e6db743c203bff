# BFS, DFS (recursive and iterative), Dijkstra and topological sort on small graphs.
GRAPH = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
    "G": {"A": 1},
}


def bfs(g, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in sorted(g[node]):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order


def dfs(g, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in sorted(g[node]):
        if nb not in seen:
            dfs(g, nb, seen)
    return seen


def dfs_iter(g, start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(sorted(g[node], reverse=True))
    return order


def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = {}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        if dist[u] == float("inf"):
            break
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out


print(bfs(GRAPH, "A"))
print(dfs(GRAPH, "A"), dfs_iter(GRAPH, "A"))
dist, prev = dijkstra(GRAPH, "A")
print(dist)
print(path(prev, "F"), path(prev, "D"))
print(topo(GRAPH))
cyc = {"x": {"y": 1}, "y": {"x": 1}}
try:
    topo(cyc)
except ValueError as e:
    print("ValueError:", e)

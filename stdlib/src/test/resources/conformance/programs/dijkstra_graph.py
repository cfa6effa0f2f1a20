# shortest paths with Dijkstra, BFS and topological sort on small graphs
import heapq
from collections import deque
graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = []
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        visited.append(u)
        for v, w in sorted(g[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, visited
dist, prev, order = dijkstra(graph, "A")
print("visit order:", order)
for node in sorted(dist):
    path, cur = [], node
    while cur != "A":
        path.append(cur)
        cur = prev[cur]
    path.append("A")
    print(node, dist[node], "->".join(reversed(path)))
def bfs(g, start):
    seen, q, out = {start}, deque([start]), []
    while q:
        u = q.popleft()
        out.append(u)
        for v in sorted(g[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return out
print("bfs:", bfs(graph, "D"))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(d):
    indeg = {k: 0 for k in d}
    for k, vs in d.items():
        for v in vs:
            indeg[k] += 1
    users = {k: [] for k in d}
    for k, vs in d.items():
        for v in vs:
            users[v].append(k)
    ready = sorted(k for k, n in indeg.items() if n == 0)
    out = []
    while ready:
        k = ready.pop(0)
        out.append(k)
        for u in sorted(users[k]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return out
print("build order:", topo(deps))

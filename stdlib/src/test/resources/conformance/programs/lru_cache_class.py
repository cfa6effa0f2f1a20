# an LRU cache implemented with a dict and a doubly linked list
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        n = self.map.get(key)
        if n:
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            n = Node(key, value)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys(), len(c))
print(c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), "b" in c, c.get("b", "missing"))
c.put("c", "C2")
print(c.keys(), c.get("c"))
ops = [("get", "x"), ("put", "x"), ("get", "x"), ("put", "y"), ("put", "z"), ("get", "a"), ("get", "d"), ("put", "w")]
for op, k in ops:
    if op == "get":
        print("get", k, "->", c.get(k))
    else:
        c.put(k, k * 2)
        print("put", k, "->", c.keys())
print("hits", c.hits, "misses", c.misses, "evictions", c.evictions)
def fib_with(cache, n):
    v = cache.get(n)
    if v is not None:
        return v
    v = n if n < 2 else fib_with(cache, n - 1) + fib_with(cache, n - 2)
    cache.put(n, v)
    return v
fc = LRUCache(5)
print(fib_with(fc, 80), fc.keys(), fc.hits, fc.misses)

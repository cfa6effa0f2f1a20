# a linked list class with iteration, len, indexing, reversal, repr
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return list(self) == list(other)
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1])
ll.push(0)
print(ll, list(ll), 2 in ll)
ll.reverse()
print(ll, ll.pop(), ll)
print(ll == LinkedList([2, 1, 0]), ll == [2, 1, 0])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
e = LinkedList()
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
print(sum(LinkedList(range(100))), repr(LinkedList("ab")))

# Pickler and Unpickler used directly: several objects through one file, the memo across dumps,
# persistent_id/persistent_load, reducer_override, dispatch_table, find_class, load errors.
import copyreg
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):  # protocol 0 writes str(pid)
            return f"<loaded {pid}>"
        kind, key = pid
        return f"<loaded {kind} {key}>"


for proto in (0, 1, 2, 4, 5):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Record(1), "x", Record(2)])
    print(proto, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())


class TextPids(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid" if obj == "replace me" else None


f = io.BytesIO()
TextPids(f, 0).dump(["replace me", 1])
print(f.getvalue())
f.seek(0)
try:
    pickle.Unpickler(f).load()
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return complex, (obj.x, obj.y)
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([Point(1, 2), 3])
print(f.getvalue())
print(pickle.loads(f.getvalue()))


def reduce_point(p):
    return tuple, ((p.x, p.y),)


f = io.BytesIO()
table = copyreg.dispatch_table.copy()
table[Point] = reduce_point
p = pickle.Pickler(f, 2)
p.dispatch_table = table
p.dump(Point(3, 4))
print(f.getvalue(), pickle.loads(f.getvalue()))


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


for data in [pickle.dumps({1, 2}, 2), pickle.dumps(Point(1, 2))]:
    try:
        print(Restricted(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print(type(e).__name__, e)

f = io.BytesIO()
for obj in [1, "two", [3], {"four": 4}]:
    pickle.dump(obj, f)
f.seek(0)
while True:
    try:
        print(pickle.load(f))
    except EOFError as e:
        print("EOFError", e)
        break

f = io.BytesIO()
shared = ["shared"]
p = pickle.Pickler(f, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
first, second, third = u.load(), u.load(), u.load()
print(first is second, first is third)

print(pickle.loads(b"\x80\x02X\x01\x00\x00\x00a.", encoding="bytes"))
print(pickle.loads(b"U\x03abcq\x00.", encoding="bytes"), pickle.loads(b"U\x03abcq\x00.", encoding="latin1"))
print(pickle.loads(b"S'a\\nb\\x41\\'c'\np0\n."), pickle.loads(b"T\x02\x00\x00\x00hi."))
print(pickle.loads(b"c__builtin__\nxrange\np0\n(I0\nI5\nI1\ntp1\nRp2\n."))
print(pickle.loads(b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n."))
print(pickle.loads(b"cexceptions\nValueError\np0\n(Vboom\np1\ntp2\nRp3\n."))
print(pickle.loads(b"ccopy_reg\n_reconstructor\np0\n(c__builtin__\nobject\np1\ng1\nNtp2\nRp3\n.").__class__)
print(pickle.loads(b"(lp0\nI1\naI2\na(dp1\nVk\np2\nL12345678901234567890L\nsa."))
print(pickle.loads(b"(i__main__\nRecord\np0\n(dp1\nVkey\np2\nI7\nsb.").key)
print(pickle.loads(b"\x80\x02c__main__\nRecord\nq\x00)\x81q\x01}q\x02X\x03\x00\x00\x00keyq\x03K\x08sb.").key)

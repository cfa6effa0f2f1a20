# io: StringIO, BytesIO, TextIOWrapper, IOBase subclasses
import io
s=io.StringIO('abc')
for f in [lambda: s.seek(1,1), lambda: s.seek(-1), lambda: s.seek(0, 3), lambda: s.read('x'), lambda: s.write(5), lambda: io.BytesIO().write('x'), lambda: io.BytesIO(b'ab').seek(-1), lambda: io.BytesIO().seek(5) ]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
s.seek(10); s.write('x'); print(repr(s.getvalue()), s.tell())
b=io.BytesIO(b'ab'); b.seek(5); b.write(b'x'); print(b.getvalue())
s.close()
for f in [lambda: s.read(), lambda: s.getvalue(), lambda: s.tell(), lambda: s.closed]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
print(io.StringIO('a\r\nb\rc', newline=None).read().encode(), io.StringIO(newline=None).write('a\r\n'))
t = io.StringIO('x\ny'); print(repr(t.readline(1)), repr(t.readline()), list(t), repr(t.readline()))
print(io.StringIO.__mro__, io.BytesIO.__mro__, io.TextIOWrapper.__mro__)
print(io.BytesIO(b'a\nb').readlines(), io.BytesIO(b'abc').read1(2), io.StringIO('abc').truncate(1))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8'); w.write('hé\n'); w.flush(); print(w.buffer.getvalue(), w.encoding)
r = io.TextIOWrapper(io.BytesIO(b"l1\r\nl2\nl3"), encoding="utf-8")
print(list(r))
print(io.StringIO('a\r\nb', newline='').readlines(), io.StringIO('a\nb', newline='\r\n').getvalue().encode())
class Up(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Up(); print("hi", file=u); print(repr(u.getvalue()))
class Gen(io.IOBase):
    def __init__(self): self.lines = ["a\n", "b\n"]
    def readline(self, size=-1): return self.lines.pop(0) if self.lines else ""
g = Gen(); print(list(g), g.closed); g.close(); print(g.closed)
with io.BytesIO(b"xyz") as bb:
    print(bb.read(1), bb.tell(), bb.seek(0, 2), bb.read())
print(bb.closed, isinstance(bb, io.IOBase), isinstance(io.StringIO(), io.TextIOBase), io.SEEK_END)
ba = bytearray(2); print(io.BytesIO(b"q").readinto(ba), ba)

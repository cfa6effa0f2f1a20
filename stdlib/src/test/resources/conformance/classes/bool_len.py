# __bool__ and __len__ driving truthiness
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("__bool__ called")
        return self.b
print(bool(Sized(0)), bool(Sized(2)), len(Sized(7)))
if Flag(True):
    print("flag true")
print(not Flag(False))
print(Flag(True) and "yes", Flag(False) or "fallback")
while Sized(0):
    print("never")
print([x for x in [Flag(True), Flag(False)] if x] and "filtered")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))

# staticmethod and classmethod
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return cls.count
    @classmethod
    def from_list(cls, items):
        objs = [cls() for _ in items]
        return len(objs)
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter(); Counter()
print(Counter.created(), Sub.created(), Counter.add(2, 3), Counter().add(4, 5))
print(Sub.from_list([1, 2, 3]), Counter.count)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.parse("2024-02-29"), MyDate.parse("1999-12-31"))
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["parse"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2000), Date.parse.__self__ is Date)
print(callable(sm))

# RecursionError is catchable and the interpreter keeps working afterwards
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, RuntimeError))
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print(countdown(200))
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
try:
    repr(Node())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
print("recursion limit is positive:", sys.getrecursionlimit() > 0)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
print("still alive")

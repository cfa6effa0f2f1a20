# SystemExit raised deep in calls unwinds through finally blocks and with-blocks
import sys
class Res:
    def __enter__(self):
        print("acquire")
    def __exit__(self, *exc):
        print("release", exc[0].__name__)
def deep(n):
    if n == 0:
        print("calling sys.exit(5)")
        sys.exit(5)
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
with Res():
    deep(3)

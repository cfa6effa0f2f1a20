# catching SystemExit, then exiting with code 0 via sys.exit(None)
import sys
for arg in (0, 2, "text", None, (1,)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
print("now exiting for real")
sys.exit()

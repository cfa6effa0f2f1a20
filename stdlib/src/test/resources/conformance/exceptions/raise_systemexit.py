# raise SystemExit directly, with finally blocks running first
def main():
    try:
        print("in main")
        raise SystemExit(7)
    finally:
        print("finally still runs")
try:
    main()
except Exception:
    print("SystemExit is not an Exception, so this is skipped")
print("never")

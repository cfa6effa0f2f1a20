# uncaught exception with an explicit cause: exit 1, last stderr line is the final exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"could not parse {s!r}") from e
print(parse("12"))
print("about to fail")
parse("twelve")
print("never printed")

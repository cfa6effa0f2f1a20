# an uncaught ValueError terminates with exit code 1
def convert(values):
    out = []
    for v in values:
        print("converting", v)
        out.append(int(v))
    return out
print(convert(["1", "2"]))
convert(["3", "four", "5"])
print("unreachable")

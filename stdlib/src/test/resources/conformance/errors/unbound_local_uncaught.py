# UnboundLocalError: reading a local before assignment
x = 10
def bump():
    print("reading x")
    x = x + 1
    return x
bump()

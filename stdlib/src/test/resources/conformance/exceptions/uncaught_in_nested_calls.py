# deep traceback, only the final line is compared
def level(n):
    print("level", n)
    if n == 0:
        return [1, 2, 3][10]
    return level(n - 1)
level(4)

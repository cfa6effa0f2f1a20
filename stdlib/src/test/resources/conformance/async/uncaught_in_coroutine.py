async def lookup(table, key):
    return table[key]


async def main():
    table = {"a": 1}
    print(await lookup(table, "a"))
    print(await lookup(table, "b"))


coro = main()
coro.send(None)

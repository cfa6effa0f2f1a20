# interleaving of producer and consumer in generator chains
def producer(name, n):
    for i in range(n):
        print(f"{name} produces {i}")
        yield i
def mapper(src):
    for x in src:
        print(f"  map {x} -> {x * x}")
        yield x * x
def consumer(src):
    for x in src:
        print(f"    consume {x}")
consumer(mapper(producer("P", 3)))
print("--- zip pulls alternately")
for a, b in zip(producer("A", 2), producer("B", 3)):
    print("pair", a, b)
print("--- map/filter are lazy too")
m = map(lambda v: print("map sees", v) or v, filter(lambda v: print("filter sees", v) or v % 2, range(4)))
print("nothing evaluated yet")
print(list(m))

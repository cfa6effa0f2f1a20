# uncaught KeyError with a tuple key
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(0, 0)])
print(grid[(0, 1)])

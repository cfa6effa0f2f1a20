# uncaught TypeError: indexing an int
data = [10, 20, 30]
first = data[0]
print(first)
print(first[0])

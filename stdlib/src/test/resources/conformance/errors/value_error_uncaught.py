# uncaught ValueError from int()
inputs = ["10", "20", "abc"]
total = 0
for s in inputs:
    total += int(s)
    print("running total", total)

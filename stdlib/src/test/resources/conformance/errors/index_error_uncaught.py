# uncaught IndexError in a loop with an off-by-one bound
values = [3, 1, 4]
for i in range(len(values) + 1):
    print(i, values[i])

# List and dict operations: append, index, slice, sort, comprehension, get/set, items.
counts = {}
values = []
for i in range(600_000):
    key = (i * 7919) % 1009
    counts[key] = counts.get(key, 0) + 1
    values.append(key)
values.sort()
squares = [v * v for v in values[::3]]
inverted = {}
for key, count in counts.items():
    inverted.setdefault(count, []).append(key)
middle = values[len(values) // 4: -len(values) // 4]
print("containers", len(counts), sum(squares) % 1_000_003, len(inverted),
      sum(middle) % 999_983, max(counts.values()))

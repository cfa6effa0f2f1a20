# unclosed parenthesis
print("never runs")
values = [1, 2, 3]
result = sum(values
print(result)

# list operators, identity, nesting
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a is c, a == b)
print(a + [5], [0] * 3, 2 * [1, 2], [] * 5)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
print(3 in a, 10 in a, [1, 2] in [[1, 2], [3]])
x = [1, 2]
x += [3]
x *= 2
print(x)
y = x
y += [9]
print(x is y, x)
print([1, 2, 3] < [1, 2, 4], [2] > [1, 99], [1, 2] == [1, 2.0])
print(len([[], [[]]]), [[1, 2], [3]][0][1])
lst = list("hello")
print(lst, sorted(lst), min(lst), max(lst))
del lst[1]
del lst[-1:]
print(lst)
r = [1]
r.append(r)
print(r)

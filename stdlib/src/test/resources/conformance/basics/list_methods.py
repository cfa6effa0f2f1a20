# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a)
a.extend([3, 5])
print(a, len(a))
a.insert(0, 0)
a.insert(100, 100)
a.insert(-1, 99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(1)
print(a, a.count(5), a.index(5), a.index(5, 5))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
print(list(range(3)) + list("ab"))

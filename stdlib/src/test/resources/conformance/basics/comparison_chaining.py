# Comparisons and chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(1 < 2 > 0, 5 >= 5 <= 5, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(4))
print(calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print("abc" < "abd", "Z" < "a", "" < "a", "a" < "aa")
print(1 == 1.0, 1 is not None, None is None)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(0.0 == -0.0, 10 ** 30 < float("inf"))
print([] == [], [] is [], () == ())
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1: 2} != {1: 3})
print(1 < 2 == 2, (1 < 2) == 2)
x = 5
print(0 < x < 10, 0 < x < 3, x in [1, 5] and x not in (2,))
print(max(3, 7) > min(8, 2))
print(True > False, True == 1, False == 0)
print(sorted([3, 1, 2]) == [1, 2, 3])

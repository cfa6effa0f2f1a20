# augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t, t is talias)
d = {"k": 1}
d["k"] += 1
print(d)
class O:
    n = 0
o = O()
o.n += 5
print(o.n, O.n)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)

# String indexing and slicing
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:-1], s[:])
print(s[::2], s[::-1], s[1::3], s[-1:-8:-2])
print(s[100:], repr(s[5:2]), s[-100:3])
print(s[3:3] == "", len(s))
for step in (1, 2, 3, -1, -2):
    print(step, s[::step])
print("abc"[slice(1, None)], "abcdef"[slice(None, None, -2)])
t = "racecar"
print(t == t[::-1])
print("x" * 0, "ab" * 3, 2 * "cd")
u = "0123456789"
print(u[2:8:2], u[8:2:-2], u[-3:], u[:-3], u[::-3])
print([u[i] for i in range(0, 10, 4)])

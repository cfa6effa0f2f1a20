# ASCII-art Mandelbrot set
def mandel(cx, cy, max_iter=50):
    x = y = 0.0
    for i in range(max_iter):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return max_iter
chars = " .:-=+*#%@"
width, height = 64, 24
total = 0
for row in range(height):
    cy = -1.2 + 2.4 * row / (height - 1)
    line = []
    for col in range(width):
        cx = -2.1 + 3.0 * col / (width - 1)
        it = mandel(cx, cy)
        total += it
        line.append("@" if it == 50 else chars[it % (len(chars) - 1)])
    print("".join(line).rstrip())
print("iteration total:", total)
inside = sum(1 for r in range(height) for c in range(width)
             if mandel(-2.1 + 3.0 * c / (width - 1), -1.2 + 2.4 * r / (height - 1)) == 50)
print("points inside:", inside)

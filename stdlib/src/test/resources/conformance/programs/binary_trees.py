# binary-trees benchmark (small depth)
def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))
def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)
min_depth = 4
max_depth = 10
stretch = max_depth + 1
print(f"stretch tree of depth {stretch}\t check: {check(make_tree(stretch))}")
long_lived = make_tree(max_depth)
for depth in range(min_depth, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + min_depth)
    total = 0
    for _ in range(iterations):
        total += check(make_tree(depth))
    print(f"{iterations}\t trees of depth {depth}\t check: {total}")
print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")

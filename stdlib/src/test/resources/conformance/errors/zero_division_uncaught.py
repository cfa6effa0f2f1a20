# uncaught ZeroDivisionError from integer modulo
def average(xs):
    return sum(xs) // len(xs)
print(average([4, 6, 8]))
print(average([]))

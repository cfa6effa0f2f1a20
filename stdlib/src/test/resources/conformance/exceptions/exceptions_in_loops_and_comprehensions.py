# exceptions interacting with loops and comprehensions
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, b) for b in [1, 0, 4]])
results = []
for item in ["3", "x", "", "7"]:
    try:
        results.append(int(item))
    except ValueError as e:
        results.append(str(e))
        continue
    finally:
        results.append("|")
print(results)
try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print("comprehension aborted:", e)
def gen():
    for i in range(5):
        if i == 3:
            raise ValueError(f"stop at {i}")
        yield i
collected = []
try:
    for v in gen():
        collected.append(v)
except ValueError as e:
    print(collected, e)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)

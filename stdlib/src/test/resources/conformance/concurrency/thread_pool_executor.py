# concurrent.futures.ThreadPoolExecutor: map keeps input order, futures collect results
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def cube(n):
    return n ** 3
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(cube, range(10))))
    futures = {ex.submit(cube, n): n for n in range(5, 10)}
    done = sorted((futures[f], f.result()) for f in as_completed(futures))
    print(done)
    f = ex.submit(divmod, 17, 5)
    print(f.result(), f.done(), f.exception())
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(type(bad.exception()).__name__)
    fs = [ex.submit(sum, range(n)) for n in (10, 100, 1000)]
    finished, pending = wait(fs)
    print(len(finished), len(pending), [x.result() for x in fs])
print(list(ThreadPoolExecutor(2).map(str.upper, ["a", "b", "c"])))

# ProcessPoolExecutor: calls run in other processes; submit, map with chunksize, exceptions
# (with the worker's traceback as __cause__), shutdown, argument errors
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, TimeoutError


def square(x):
    return x * x


def add(a, b):
    return a + b


def pid_differs(parent):
    return os.getpid() != parent


def fail(message):
    raise ValueError(message)


def make_unpicklable():
    return lambda: None


def main():
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(square, 12).result())
        print(ex.submit(pid_differs, os.getpid()).result())
        print(ex.submit(divmod, 17, b=5).exception() is not None)
        print(list(ex.map(square, range(10))))
        print(list(ex.map(add, range(5), range(10, 100), chunksize=2)))
        print(list(ex.map(square, range(7), chunksize=3)))
        print(list(ex.map(square, [], chunksize=4)))
        print(sorted(f.result() for f in as_completed([ex.submit(square, n) for n in range(5)])))
        done, not_done = wait([ex.submit(add, "a", "b") for _ in range(3)])
        print(len(done), len(not_done), {f.result() for f in done})
        print(list(ex.map(square, range(4), timeout=30)))

        future = ex.submit(fail, "in the worker")
        try:
            future.result()
        except ValueError as e:
            cause = e.__cause__
            print("ValueError:", e, "| cause:", type(cause).__name__, type(cause).__module__)
            print("Traceback (most recent call last):" in str(cause), "in the worker" in str(cause))
        results = ex.map(square, [1, 2, "x", 4])
        print(next(results), next(results))
        try:
            next(results)
        except TypeError as e:
            print("TypeError:", e)

        for call in (lambda: 1, make_unpicklable):
            try:
                ex.submit(call).result()
            except Exception as e:
                print("cannot send or return it:", type(e).__name__)
        print(ex.submit(square, 3).result())
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
    print("workers left:", multiprocessing.active_children())
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    print(ProcessPoolExecutor()._max_workers == os.cpu_count())
    for kwargs in ({"max_workers": 0}, {"max_workers": -2}, {"initializer": "setup"},
                   {"max_tasks_per_child": 0}, {"max_tasks_per_child": 2.0},
                   {"max_tasks_per_child": 3, "mp_context": multiprocessing.get_context("fork")}):
        try:
            ProcessPoolExecutor(**kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


if __name__ == "__main__":
    main()

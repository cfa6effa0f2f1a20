# A Thread subclass that keeps its own state and overrides run().
#
# What it shows: subclassing threading.Thread, passing extra constructor
# arguments through to Thread.__init__, and reading the thread's attribute after
# join(): run() executes in the new thread, but on the same object, so the
# caller sees what it did.
#
# What you should see: 10 before start(), 1010 after join().

import threading


class CountingThread(threading.Thread):
    def __init__(self, start_value, *args, **kwargs):
        self.value = start_value
        super().__init__(*args, **kwargs)

    def run(self):
        for _ in range(1000):
            self.value += 1

    def current(self):
        return self.value


def main():
    print("A Thread subclass runs its own run() and keeps its results on the object.")
    worker = CountingThread(10, name="counter")
    print(f"before start: {worker.current()}")
    worker.start()
    worker.join()
    print(f"after join:   {worker.current()}  (thread {worker.name!r}, alive: {worker.is_alive()})")


if __name__ == "__main__":
    main()

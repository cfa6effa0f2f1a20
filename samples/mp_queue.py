# multiprocessing.Queue carries results between processes.
#
# What it shows: a child process puts the squares it computes on a
# multiprocessing.Queue and the parent takes them off after join(), looping
# `while q.empty() is False`. Then, with a Queue created at module level (and
# inherited by the children), one process puts a message and another gets it.
#
# What you should see: 4 9 64 81 in order, then the greeting passed from the
# "sender" process to the "receiver" process.
#
# The module-level Queue reaches the children because they are forked copies of
# this process (the fork start method, CPython's default on Linux).

import multiprocessing
import os

mailbox = multiprocessing.Queue()


def put_squares(numbers, q):
    for n in numbers:
        q.put(n * n)


def send():
    mailbox.put(f"hello from process {os.getpid()}")


def receive():
    print(f"  process {os.getpid()} received: {mailbox.get()!r}", flush=True)


def main():
    print("A multiprocessing.Queue passes values between processes, which share no memory.")
    q = multiprocessing.Queue()
    child = multiprocessing.Process(target=put_squares, args=([2, 3, 8, 9], q))
    child.start()
    child.join()
    squares = []
    while q.empty() is False:
        squares.append(q.get())
    print(f"  squares from the child: {squares}")

    sender = multiprocessing.Process(target=send)
    receiver = multiprocessing.Process(target=receive)
    sender.start()
    receiver.start()
    sender.join()
    receiver.join()


if __name__ == "__main__":
    main()

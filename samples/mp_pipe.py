# multiprocessing.Pipe: two connected ends, used by two processes.
#
# What it shows: Pipe() returns two Connection objects joined by a pipe, duplex
# by default. The pipe is created at module level; one process sends on one end
# and another process receives on the other. Then the parent and a child talk
# both ways over a second pipe: the child answers every message until it gets
# None.
#
# What you should see: the receiver process prints the sender's message; then
# the parent prints the child's answers, the uppercased words, in order.
#
# The module-level pipe reaches the children because they are forked copies of
# this process (the fork start method, CPython's default on Linux).

import multiprocessing
import os

left_end, right_end = multiprocessing.Pipe()


def send():
    left_end.send(f"hello from process {os.getpid()}")


def receive():
    print(f"  process {os.getpid()} received: {right_end.recv()!r}", flush=True)


def shout_back(conn):
    while True:
        word = conn.recv()
        if word is None:
            break
        conn.send(word.upper())
    conn.close()


def main():
    print("A Pipe connects two processes; either end can send and receive.")
    sender = multiprocessing.Process(target=send)
    receiver = multiprocessing.Process(target=receive)
    sender.start()
    receiver.start()
    sender.join()
    receiver.join()

    mine, theirs = multiprocessing.Pipe()
    child = multiprocessing.Process(target=shout_back, args=(theirs,))
    child.start()
    answers = []
    for word in ("one", "two", "three"):
        mine.send(word)
        answers.append(mine.recv())
    mine.send(None)
    child.join()
    print(f"  answers from child {child.pid}: {answers}")


if __name__ == "__main__":
    main()

# join() makes the main thread wait for a child thread to finish.
#
# What it shows: a child thread prints several lines; the main thread calls
# join() before printing its own line, so its line always comes last. Without
# join() the main thread would carry on at once.
#
# What you should see: six "child thread here" lines, then "main thread here".

import threading


def child():
    for n in range(1, 7):
        print(f"  child thread here ({n}/6)")


def main():
    print("join() waits for the thread: the child's lines always come before the main's.")
    worker = threading.Thread(target=child)
    worker.start()
    worker.join()
    print("  main thread here")


if __name__ == "__main__":
    main()

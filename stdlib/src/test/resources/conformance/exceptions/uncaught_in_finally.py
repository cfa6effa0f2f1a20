# exception from a finally block replaces the original; both are shown on stderr
def work():
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")
work()

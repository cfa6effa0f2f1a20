# main-thread identity and naming
import threading
main = threading.current_thread()
print(main.name, main is threading.main_thread(), threading.active_count() >= 1)
print(isinstance(threading.get_ident(), int), main.ident == threading.get_ident(), main.daemon)
seen = {}
def record(label):
    t = threading.current_thread()
    seen[label] = (t.name, t is threading.main_thread(), t.ident != main.ident)
t = threading.Thread(target=record, args=("worker",), name="worker-thread")
t.start()
t.join()
record("main")
print(seen["worker"], seen["main"])
t2 = threading.Thread(target=lambda: None)
print(t2.name.startswith("Thread-"), t2.is_alive(), t2.ident)
t2.start()
t2.join()
print(t2.is_alive(), isinstance(t2.ident, int))
t3 = threading.Thread(target=lambda: None, name="custom", daemon=True)
print(t3.name, t3.daemon)
t3.name = "renamed"
print(t3.name)
print([th.name for th in threading.enumerate()] == ["MainThread"])

# A listening socket inherited by a forked child: the child accepts on it after the parent
# closed its copy; the socket closes when both copies are closed.
import multiprocessing as mp, socket
def child(listener, q):
    conn, _ = listener.accept()
    with conn:
        conn.sendall(b"from child " + conn.recv(10))
    listener.close()
    q.put("child done")
if __name__ == "__main__":
    ctx = mp.get_context("fork")
    listener = socket.create_server(("127.0.0.1", 0))
    addr = listener.getsockname()
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(listener, q))
    p.start()
    listener.close()
    c = socket.create_connection(addr)
    c.sendall(b"hi")
    print(c.recv(100))
    c.close()
    print(q.get())
    p.join()
    print(p.exitcode)
    try:
        socket.create_connection(addr)
    except ConnectionRefusedError as e:
        print("closed in both:", e)

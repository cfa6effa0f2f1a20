# Pipe: duplex and one-way connections, objects and bytes, poll, EOF when the other end closes.
import multiprocessing as mp


def echo(conn, other):
    other.close()
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        conn.send(('echo', msg))
    conn.close()


def writer(conn, ready):
    ready.wait()
    conn.send('from child')
    conn.send_bytes(b'raw bytes')
    conn.close()


if __name__ == '__main__':
    a, b = mp.Pipe()
    print(type(a).__name__, a.readable, a.writable, b.readable, b.writable)
    print(a.poll(), a.poll(0.05))
    b.send([1, 'two', 3.0])
    print(a.poll(), a.poll(1), a.recv())
    a.send_bytes(b'hello world', 6, 5)
    print(b.recv_bytes())
    a.send_bytes(b'abcdef')
    buf = bytearray(10)
    n = b.recv_bytes_into(buf, 2)
    print(n, bytes(buf))
    b.send_bytes(b'xyz')
    try:
        a.recv_bytes(2)
    except OSError as e:
        print('OSError:', e)
    print('closed after a bad length', a.closed)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError:', e)
    w.send('one way')
    print(r.recv())
    w.close()
    print(w.closed, r.closed)
    try:
        r.recv()
    except EOFError:
        print('EOFError after the writer closed')
    try:
        w.send(1)
    except OSError as e:
        print('OSError:', e)
    r.close()
    r.close()
    try:
        r.poll()
    except OSError as e:
        print('OSError:', e)

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child, parent))
    p.start()
    child.close()
    for msg in ('hi', {'k': [1, 2]}, None):
        parent.send(msg)
        print(parent.recv())
    parent.close()
    p.join()
    print('echo exit', p.exitcode)

    r, w = mp.Pipe(False)
    ready = mp.Event()
    p = mp.Process(target=writer, args=(w, ready))
    p.start()
    w.close()
    print('poll before', r.poll(0.05))
    ready.set()
    print(r.recv(), r.recv_bytes())
    try:
        r.recv()
    except EOFError:
        print('EOFError after the child closed its end')
    p.join()
    with mp.Pipe()[0] as c:
        print('context manager', c.closed)
    print(c.closed)

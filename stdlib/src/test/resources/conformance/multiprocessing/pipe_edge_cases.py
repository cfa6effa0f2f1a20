# Pipe edge cases: empty messages, unpicklable objects, EOF and broken pipes, bytes-like buffers,
# BufferTooShort and the argument checks of send_bytes and recv_bytes.
import multiprocessing as mp
import threading
if __name__ == '__main__':
    a, b = mp.Pipe()
    a.send_bytes(b'')
    print(repr(b.recv_bytes()), b.poll())
    a.send(b'')
    print(repr(b.recv()))
    try:
        a.send(threading.Lock())
    except TypeError as e:
        print('TypeError:', e)
    print(b.poll())
    a.close()
    print(b.poll(), b.poll(1))
    try:
        b.recv_bytes()
    except EOFError as e:
        print('EOFError', repr(e))
    try:
        b.send('x')
    except (BrokenPipeError, OSError) as e:
        print(type(e).__name__, e.errno if hasattr(e, 'errno') else None, e)
    try:
        a.send('x')
    except OSError as e:
        print('OSError', e)
    r, w = mp.Pipe(False)
    w.send_bytes(bytearray(b'abc'))
    w.send_bytes(memoryview(b'defg'), 1)
    print(r.recv_bytes(), r.recv_bytes())
    w.send_bytes(b'123456')
    buf = bytearray(3)
    try:
        r.recv_bytes_into(buf)
    except mp.BufferTooShort as e:
        print('BufferTooShort', e.args[0])
    try:
        r.recv_bytes(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        w.send_bytes(b'ab', 3)
    except ValueError as e:
        print('ValueError:', e)
    try:
        w.send_bytes(b'ab', 1, 5)
    except ValueError as e:
        print('ValueError:', e)
    try:
        w.send_bytes(b'ab', -1)
    except ValueError as e:
        print('ValueError:', e)
    print(w.fileno() > 0, r.fileno() != w.fileno())

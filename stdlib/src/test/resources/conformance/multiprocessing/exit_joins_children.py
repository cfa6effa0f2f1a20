# At exit the main process joins its non-daemonic children and ends its daemonic ones.
import multiprocessing as mp


def late_printer(conn):
    conn.recv()
    print('non-daemonic child finishes after the parent\'s last line', flush=True)


def forever(ev):
    ev.wait()


if __name__ == '__main__':
    r, w = mp.Pipe(False)
    p = mp.Process(target=late_printer, args=(r,))
    p.start()
    d = mp.Process(target=forever, args=(mp.Event(),), daemon=True)
    d.start()
    print('children:', sorted(c.name for c in mp.active_children()), flush=True)
    print('parent reaches its end', flush=True)
    w.send('go')

# A child that raises: exit code 1, and "Process Process-N:" plus the traceback on its stderr.
import multiprocessing as mp
import sys


class PipeWriter:
    def __init__(self, conn):
        self.conn = conn
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.conn.send(''.join(self.parts))
        self.parts = []


def fail(conn):
    sys.stderr = PipeWriter(conn)
    raise ValueError('boom in the child')


def fail_plain():
    raise KeyError('missing')


if __name__ == '__main__':
    r, w = mp.Pipe(False)
    p = mp.Process(target=fail, args=(w,))
    p.start()
    text = ''
    while r.poll(30):
        text += r.recv()
        if 'boom' in text:
            break
    p.join()
    lines = text.splitlines()
    print('exitcode', p.exitcode)
    print('first line:', lines[0])
    print('second line:', lines[1])
    print('last line:', lines[-1])
    print(any('in fail' in l for l in lines))

    q = mp.Process(target=fail_plain, name='plain')
    q.start()
    q.join()
    print('exitcode', q.exitcode)
    sys.exit(q.exitcode)

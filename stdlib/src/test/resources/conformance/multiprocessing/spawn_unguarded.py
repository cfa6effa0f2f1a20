# A spawn script without the __main__ guard: the child re-runs the module and refuses to start
# another process while bootstrapping (RuntimeError in the child's stderr).
import multiprocessing as mp
import sys


def hello():
    print('hello from the child', flush=True)


print('top level runs as', __name__, flush=True)
ctx = mp.get_context('spawn')
p = ctx.Process(target=hello)
p.start()
p.join()
print('child exitcode', p.exitcode, flush=True)
sys.exit(p.exitcode)

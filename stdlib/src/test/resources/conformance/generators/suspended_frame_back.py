# A suspended generator's or coroutine's frame has no f_back; a running one's is its caller.
import sys


def gen():
    print('running, f_back is the caller:', sys._getframe().f_back.f_code.co_name)
    yield 1
    yield 2


def resume(it):
    return next(it)


it = gen()
print(it.gi_frame.f_back)
resume(it)
print(it.gi_frame.f_back)
next(it)
print(it.gi_frame.f_back)


async def coro():
    return 1

c = coro()
print(c.cr_frame.f_back)
c.close()

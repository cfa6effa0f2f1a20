# The event loop without async syntax: call_soon/call_later/call_at ordering, run_forever and
# stop, run_until_complete, closing, and a Task driving hand-written coroutine objects.
import asyncio
import collections.abc

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
soon, timers = [], []
# Timers are compared among themselves: when the first iteration is slow, timers already due
# join the ready callbacks of that same iteration.
loop.call_later(0.2, timers.append, 'later 0.2')
loop.call_later(0.1, timers.append, 'later 0.1')
loop.call_at(loop.time() + 0.05, timers.append, 'at +0.05')
loop.call_soon(soon.append, 'soon 1')
h = loop.call_soon(soon.append, 'cancelled')
loop.call_soon(soon.append, 'soon 2')
h.cancel()
print(h.cancelled())


def nested():
    soon.append('nested')
    loop.call_soon(soon.append, 'scheduled by nested')


loop.call_soon(nested)
loop.call_soon(soon.append, 'soon 3')
loop.call_later(0.3, loop.call_soon, loop.stop)
loop.run_forever()
print(soon, timers)

try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError:', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


def in_callback():
    print('running loop is ours:', asyncio.get_running_loop() is loop, loop.is_running())
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError:', e)
    loop.stop()


loop.call_soon(in_callback)
loop.run_forever()


class Countdown(collections.abc.Coroutine):
    """A coroutine object written by hand: yields None n times (a bare yield), then returns."""

    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n == 0:
            raise StopIteration('liftoff')
        print('countdown', self.n)
        self.n -= 1
        return None

    def throw(self, typ, val=None, tb=None):
        print('thrown in:', type(val if val is not None else typ).__name__)
        raise typ if val is None else val

    def close(self):
        pass

    def __await__(self):
        return self


class WaitsForFuture(Countdown):
    """Yields a future the way Future.__await__ does; resumes with its result."""

    def __init__(self, future):
        super().__init__(0)
        self.future = future
        self.waited = False

    def send(self, value):
        if not self.waited:
            self.waited = True
            self.future._asyncio_future_blocking = True
            return self.future
        raise StopIteration(self.future.result() * 2)


task = loop.create_task(Countdown(3), name='hand-made')
print(task.get_name(), task.done())
print(loop.run_until_complete(task))
print(task.done(), task.result())

fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 21)
print(loop.run_until_complete(WaitsForFuture(fut)))


def generator_coroutine():
    value = yield from fut2
    return value + 1


fut2 = loop.create_future()
loop.call_soon(fut2.set_result, 41)
print(loop.run_until_complete(generator_coroutine()))

fut3 = loop.create_future()
cancelled_task = loop.create_task(WaitsForFuture(fut3))
loop.call_soon(cancelled_task.cancel, 'stop now')
try:
    loop.run_until_complete(cancelled_task)
except asyncio.CancelledError as e:
    print('CancelledError:', e.args, fut3.cancelled())

try:
    loop.create_task(42)
except TypeError as e:
    print('TypeError:', e)

loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print('RuntimeError:', e)

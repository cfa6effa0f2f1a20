# asyncio.Future: states, results, InvalidStateError messages, reprs, done callbacks.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
for method in (f.result, f.exception):
    try:
        method()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
f.set_result(1)
print(repr(f), f.done(), f.result(), f.exception())
try:
    f.set_result(2)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
print(f.cancel())

g = asyncio.Future()
print(g.get_loop() is loop)
g.set_exception(ValueError('bad'))
print(repr(g))
try:
    g.result()
except ValueError as e:
    print('ValueError:', e)
print(repr(g.exception()))
try:
    g.set_exception(RuntimeError)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)

h = loop.create_future()
h.set_exception(KeyError)
print(repr(h.exception()))
try:
    loop.create_future().set_exception(StopIteration())
except TypeError as e:
    print('TypeError:', e)

c = loop.create_future()
print(c.cancel('because'), c.cancel(), c.cancelled(), c.done(), repr(c))
for method in (c.result, c.exception):
    try:
        method()
    except asyncio.CancelledError as e:
        print('CancelledError:', e.args)
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)

calls = []


def record(tag):
    def callback(fut):
        calls.append((tag, fut.result()))
    return callback


d = loop.create_future()
first, second = record('first'), record('second')
d.add_done_callback(first)
d.add_done_callback(second)
d.add_done_callback(first)
print(d.remove_done_callback(first), d.remove_done_callback(first))
d.set_result('x')
print(calls)
loop.run_until_complete(asyncio.sleep(0))
print(calls)
d.add_done_callback(record('late'))
print(calls)
loop.run_until_complete(asyncio.sleep(0))
print(calls)

print(asyncio.isfuture(d), asyncio.isfuture(3))


class Duck:
    _asyncio_future_blocking = False


print(asyncio.isfuture(Duck()))

r = loop.create_future()
r.set_result(list(range(20)))
print(repr(r))
e = loop.create_future()


def named_callback(fut):
    pass


e.add_done_callback(named_callback)
print(repr(e).split(' at ')[0])
loop.close()
asyncio.set_event_loop(None)

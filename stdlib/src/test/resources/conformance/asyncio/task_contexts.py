# contextvars, and how asyncio uses them: each task runs in a copy of the context it was
# created in, callbacks in the context current when scheduled, to_thread in the caller's.
import asyncio
import contextvars
import threading
from collections.abc import Mapping

request = contextvars.ContextVar('request', default='none')
user = contextvars.ContextVar('user')

print(request.get(), user.get('fallback'), request.name)
try:
    user.get()
except LookupError as e:
    print('LookupError:', type(e.args[0]).__name__, e.args[0].name)
token = user.set('alice')
print(user.get(), token.var is user, token.old_value is contextvars.Token.MISSING,
      repr(contextvars.Token.MISSING))
user.reset(token)
print(user.get('unset again'))
try:
    user.reset(token)
except RuntimeError as e:
    print('RuntimeError:', str(e).split(' var=')[0])
try:
    request.reset(user.set('bob'))
except ValueError as e:
    print('ValueError:', str(e).split('> ')[-1])

snapshot = contextvars.copy_context()
user.set('carol')
print(snapshot.get(user), user in snapshot, len(snapshot), sorted(v.name for v in snapshot),
      isinstance(snapshot, Mapping))


def inside():
    user.set('set inside run')
    return user.get()


print(snapshot.run(inside), user.get(), snapshot[user])
print(snapshot.get(user), dict(snapshot.items()) == {user: 'set inside run'},
      list(snapshot.values()), snapshot == snapshot.copy(), snapshot == contextvars.copy_context())
try:
    snapshot.run(snapshot.run, inside)
except RuntimeError as e:
    print('RuntimeError:', str(e).split(':')[0])
try:
    contextvars.ContextVar(42)
except TypeError as e:
    print('TypeError:', e)


def in_thread(out):
    out.append(user.get('a new thread starts empty'))


out = []
t = threading.Thread(target=in_thread, args=(out,))
t.start()
t.join()
print(out)


async def handler(name, log):
    request.set(name)
    await asyncio.sleep(0)
    log.append((name, request.get(), user.get()))
    return await asyncio.to_thread(lambda: f'thread sees {request.get()}')


async def main():
    log = []
    user.set('dave')
    results = await asyncio.gather(handler('r1', log), handler('r2', log))
    print(sorted(log), results, request.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    request.set('when scheduled')
    loop.call_soon(lambda: done.set_result(request.get()))
    request.set('later')
    print(await done)
    ctx = contextvars.copy_context()
    ctx.run(request.set, 'explicit context')
    task = asyncio.create_task(handler('r3', log), context=ctx)
    print(await task, ctx[request])


with asyncio.Runner() as runner:
    runner.run(main())
    print(runner.run(asyncio.sleep(0, request.get())), user.get())

# gather: results in argument order, the first exception, return_exceptions, cancelling the
# gather and cancelled children; Task.cancel messages, cancelling()/uncancel(), shield.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def main():
    print(await asyncio.gather(value('a', 0.02), value('b'), value('c', 0.01)))
    print(await asyncio.gather())
    coro = value('same')
    print(await asyncio.gather(coro, coro))
    try:
        await asyncio.gather(value(1), fail(ValueError('first')), fail(KeyError('second'), 0.01))
    except ValueError as e:
        print('ValueError:', e)
    results = await asyncio.gather(value(1), fail(ValueError('x')), fail(KeyError('y')),
                                   return_exceptions=True)
    print(results)

    slow = asyncio.create_task(value('slow', 10))
    g = asyncio.gather(slow, value('quick'))
    await asyncio.sleep(0.01)
    print(g.cancel('stop the gathering'), slow.cancelled())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled:', e.args, g.cancelled())

    child = asyncio.create_task(value('child', 10))
    g = asyncio.gather(child, value('other'), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel('child msg')
    print(await g)

    child = asyncio.create_task(value('child', 10))
    g = asyncio.gather(child, value('other'))
    await asyncio.sleep(0)
    child.cancel('child msg')
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather got:', e.args)

    # cancel() and what the coroutine sees
    async def stubborn(log):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append(('caught', e.args))
            await asyncio.sleep(0)
            return 'ignored the cancellation'

    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    print(t.cancel('please'), t.cancelling(), repr(t).split(' ')[1])
    print(await t, log, t.cancelled(), t.cancelling())
    print(t.uncancel(), t.uncancel())

    t = asyncio.create_task(value('never', 10))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel('second')
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError:', e.args, t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result():', type(e).__name__)

    t = asyncio.create_task(value('not started'))
    t.cancel('before the first step')
    try:
        await t
    except asyncio.CancelledError as e:
        print('before start:', e.args)

    # shield: the outer future is cancelled, the inner task goes on
    inner = asyncio.create_task(value('inner result', 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner cancelled?', inner.cancelled())
    print(await inner)

    async def cancel_me_while_shielded():
        return await asyncio.shield(value('shielded', 0.02))

    t = asyncio.create_task(cancel_me_while_shielded())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled while awaiting a shield')

    done = asyncio.shield(value('done'))
    print(await done)


asyncio.run(main())

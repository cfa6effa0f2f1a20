# Errors nobody awaits go to the loop's exception handler: a custom one, the default one's
# format (printed to stderr, shown here through stdout), and errors in a handler.
import asyncio
import io
import sys

sys.stderr = sys.stdout
loop = asyncio.new_event_loop()


def handler(loop, context):
    print('handler got:', context['message'].replace(__file__, 'FILE'), repr(context.get('exception')),
          sorted(context))


def bad_callback(x):
    raise ValueError(x)


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(bad_callback, 'oops')
loop.call_soon(loop.stop)
loop.run_forever()

loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'something happened', 'answer': 42, 'name': 'x'})
loop.call_exception_handler({})
loop.default_exception_handler({'message': 'direct', 'future': None})


def broken_handler(loop, context):
    raise RuntimeError('handler broke')


loop.set_exception_handler(broken_handler)
sys.stderr = io.StringIO()
loop.call_exception_handler({'message': 'first'})
report = sys.stderr.getvalue().splitlines()
sys.stderr = sys.stdout
print(report[:3], report[-1])
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print('TypeError:', e)


async def main():
    async def child():
        raise KeyError('child error')

    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    return repr(task.exception())

loop.set_exception_handler(handler)
print(loop.run_until_complete(main()))


async def stays_pending():
    try:
        await asyncio.sleep(10)
    finally:
        raise ValueError('failed while being cancelled at shutdown')


async def leaves_a_task():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stays_pending())
    await asyncio.sleep(0)

asyncio.run(leaves_a_task())
loop.close()

# The default handler logs to the 'asyncio' logger: logging's configuration applies.
import logging

logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
loop = asyncio.new_event_loop()
loop.call_exception_handler({'message': 'through logging', 'n': 1})
loop.close()

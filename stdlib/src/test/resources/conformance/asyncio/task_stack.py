# Task.get_stack() and print_stack(): where a task is suspended, or the traceback it failed
# with; a waiting task's repr names the future it waits for.
import asyncio
import io


def show(task, **kwargs):
    out = io.StringIO()
    task.print_stack(file=out, **kwargs)
    print(out.getvalue().replace(__file__, 'FILE'), end='')


async def inner():
    await asyncio.sleep(0.01)


async def outer():
    await inner()


async def bad():
    await asyncio.sleep(0)
    raise ValueError('bad')


async def main():
    t = asyncio.create_task(outer())
    print([f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()], t.get_stack(limit=0))
    print(repr(t).replace(__file__, 'FILE'))
    show(t)
    await t
    show(t)
    b = asyncio.create_task(bad())
    try:
        await b
    except ValueError:
        pass
    print([f.f_code.co_name for f in b.get_stack()])
    show(b)
    show(b, limit=1)


asyncio.run(main())

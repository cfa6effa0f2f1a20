import inspect, collections.abc as cabc, types, dis
async def c(): return 1
async def ag(): yield 1
co = c(); a = ag()
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.isasyncgen(a), inspect.isasyncgenfunction(ag))
print(isinstance(co, cabc.Coroutine), isinstance(co, cabc.Awaitable), isinstance(a, cabc.AsyncGenerator), isinstance(a, cabc.AsyncIterator))
print(inspect.getcoroutinestate(co))
print(hex(c.__code__.co_flags), hex(ag.__code__.co_flags))
print(co.__name__, co.__qualname__, a.__name__, a.ag_running, co.cr_running)
co.close()
print(inspect.getcoroutinestate(co))
@types.coroutine
def g(): yield 5
print(hex(g.__code__.co_flags), inspect.isawaitable(g()))

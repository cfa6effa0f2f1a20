"""Managers: a server process that holds shared objects, and proxies other processes use them by.

A proxy's method call is a request (object id, method, arguments) pickled onto the server's
request channel, carrying the handle of the caller's reply channel (one per thread of each
process); the server serves each such client in a thread of its own, as CPython's serves each
connection (so that a blocking call, such as a managed queue's get, holds up no one else, and
a managed RLock has one owner thread per client), and sends back ('#RETURN', value) or
('#ERROR', exception).
"""

import itertools
import queue
import threading

import _multiprocessing

from . import context
from . import process
from . import util
from . import reduction
from .reduction import ForkingPickler

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Value']


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = ['%s=%r' % (name, value) for name, value in items if not name.startswith('_')]
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


def _rebuild_as_list(obj):
    return list, (list(obj),)


# dict views travel as lists (a proxy's d.items() gets a list)
for _view in (type({}.items()), type({}.keys()), type({}.values())):
    reduction.register(_view, _rebuild_as_list)
del _view


# ---------------------------------------------------------------- the server

def _serve(requests, registry):
    """The manager process's main program: objects by id, a thread per request, until #SHUTDOWN."""
    objects = {}
    ids = itertools.count(1)

    def handle(reply_handle, objid, method, args, kwds):
        reply = _multiprocessing.rebuild(reply_handle)
        try:
            if method == '#CREATE':
                typeid = args[0]
                obj = registry[typeid](*args[1:], **kwds)
                new_id = next(ids)
                objects[new_id] = obj
                result = ('#RETURN', new_id)
            elif method == '#GETVALUE':
                result = ('#RETURN', objects[objid])
            elif method == '#DECREF':
                objects.pop(objid, None)
                result = ('#RETURN', None)
            else:
                obj = objects[objid]
                if method == '__getattribute__' and isinstance(obj, Namespace):
                    value = getattr(obj, *args)
                else:
                    value = getattr(obj, method)(*args, **kwds)
                result = ('#RETURN', value)
        except Exception as e:
            result = ('#ERROR', e)
        try:
            data = ForkingPickler.dumps(result)
        except Exception as e:
            data = ForkingPickler.dumps(('#ERROR', e))
        reply.put(data, True, None)

    def serve_client(inbox):
        while True:
            handle(*inbox.get())

    clients = {}
    while True:
        request = ForkingPickler.loads(requests.get(True, None))
        if request[2] == '#SHUTDOWN':
            _multiprocessing.rebuild(request[0]).put(ForkingPickler.dumps(('#RETURN', None)), True, None)
            return
        inbox = clients.get(request[0])
        if inbox is None:
            inbox = clients[request[0]] = queue.SimpleQueue()
            threading.Thread(target=serve_client, args=(inbox,), daemon=True).start()
        inbox.put(request)


class _Client:
    """A process's way to the server: the request channel, and a reply channel per thread."""

    def __init__(self, requests):
        self._requests = requests
        self._local = threading.local()

    def call(self, objid, method, args=(), kwds={}):
        reply = getattr(self._local, 'reply', None)
        if reply is None:
            reply = self._local.reply = _multiprocessing.channel(0)
        self._requests.put(ForkingPickler.dumps((reply.handle, objid, method, args, kwds)), True, None)
        kind, value = ForkingPickler.loads(reply.get(True, None))
        if kind == '#ERROR':
            raise value
        return value


_clients = {}


def _client(handle):
    client = _clients.get(handle)
    if client is None:
        client = _clients[handle] = _Client(_multiprocessing.rebuild(handle))
    return client


# ---------------------------------------------------------------- proxies

class BaseProxy:
    """Stands for an object in the manager's process; method calls go there."""

    _exposed_ = ()

    def __init__(self, server_handle, objid, typeid):
        self._server = server_handle
        self._id = objid
        self._typeid = typeid

    def _callmethod(self, methodname, args=(), kwds={}):
        return _client(self._server).call(self._id, methodname, args, kwds)

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        return RebuildProxy, (type(self), self._server, self._id, self._typeid)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(cls, server_handle, objid, typeid):
    return cls(server_handle, objid, typeid)


def MakeProxyType(name, exposed):
    """A proxy class whose methods named in exposed are forwarded to the referent."""
    namespace = {}
    for meth in exposed:
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (meth, meth), namespace)
    dic = {meth: namespace[meth] for meth in exposed}
    dic['_exposed_'] = tuple(exposed)
    return type(name, (BaseProxy,), dic)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__', '__rmul__',
    '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
    '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


_DictProxyBase = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))


class DictProxy(_DictProxyBase):
    def __iter__(self):
        return iter(self._callmethod('keys'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        endtime = None if timeout is None else time.monotonic() + timeout
        while not result:
            waittime = None if endtime is None else endtime - time.monotonic()
            if waittime is not None and waittime <= 0:
                break
            self.wait(waittime)
            result = predicate()
        return result


EventProxy = MakeProxyType('EventProxy', ('is_set', 'set', 'clear', 'wait'))
BarrierProxy = MakeProxyType('BarrierProxy', ('__getattribute__', 'wait', 'abort', 'reset'))
QueueProxy = MakeProxyType('QueueProxy', ('empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait',
                                          'qsize', 'task_done'))
IteratorProxy = MakeProxyType('IteratorProxy', ('__next__', 'send', 'throw', 'close'))
PoolProxy = MakeProxyType('PoolProxy', ('apply', 'close', 'join', 'map', 'starmap', 'terminate'))


# ---------------------------------------------------------------- managers

class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager:
    """Starts a server process and makes its objects, handing out proxies for them."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        self._ctx = ctx or context._default_context.get_context()
        self._state = State()
        self._state.value = State.INITIAL
        self._process = None
        self._requests = None

    def get_server(self):
        raise NotImplementedError('gilpy managers have no network server')

    def connect(self):
        raise NotImplementedError('gilpy managers have no network server')

    def start(self, initializer=None, initargs=()):
        """Starts the manager's server process."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._requests = _multiprocessing.channel(0)
        registry = {typeid: entry[0] for typeid, entry in self._registry.items()}
        self._process = self._ctx.Process(target=self._run_server,
                                          args=(self._requests.handle, registry, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        self._state.value = State.STARTED
        self.shutdown = util.Finalize(self, type(self)._finalize_manager,
                                      args=(self._process, self._requests, self._state), exitpriority=0)

    @staticmethod
    def _run_server(requests_handle, registry, initializer, initargs):
        # the request channel travels as its handle: a spawned server gets its arguments pickled
        if initializer is not None:
            initializer(*initargs)
        _serve(_multiprocessing.rebuild(requests_handle), registry)

    def _create(self, typeid, *args, **kwds):
        return _client(self._requests.handle).call(None, '#CREATE', (typeid,) + args, kwds)

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @staticmethod
    def _finalize_manager(process, requests, state):
        if process.is_alive():
            try:
                _client(requests.handle).call(None, '#SHUTDOWN')
            except Exception:
                pass
            process.join(timeout=1.0)
            if process.is_alive():
                process.terminate()
                process.join()
        state.value = State.SHUTDOWN

    @property
    def address(self):
        return self._requests.handle if self._requests is not None else None

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Makes manager.typeid(...) create callable(...) in the server and return a proxy for it."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = MakeProxyType('AutoProxy[%s]' % typeid, exposed or public_methods(callable))
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                objid = self._create(typeid, *args, **kwds)
                return proxytype(self._requests.handle, objid, typeid)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def public_methods(obj):
    return [name for name in dir(obj) if name[0] != '_' and callable(getattr(obj, name))]


ProcessError = context.ProcessError


class SyncManager(BaseManager):
    pass


SyncManager.register('Queue', queue.Queue, QueueProxy)
SyncManager.register('JoinableQueue', queue.Queue, QueueProxy)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ListProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)

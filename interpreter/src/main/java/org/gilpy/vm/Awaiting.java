package org.gilpy.vm;

import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * What the async/await instructions do with the objects they meet: the awaitable of an
 * {@code await}, the iterator and next-item awaitable of an {@code async for}, the methods of an
 * {@code async with}, with CPython's messages for each misuse.
 */
public final class Awaiting {
    private Awaiting() {}

    private static final PyStr AWAIT = PyStr.intern("__await__");
    private static final PyStr AITER = PyStr.intern("__aiter__");
    private static final PyStr ANEXT = PyStr.intern("__anext__");
    private static final PyStr AENTER = PyStr.intern("__aenter__");
    private static final PyStr AEXIT = PyStr.intern("__aexit__");

    /**
     * GET_AWAITABLE: a coroutine itself (unless something awaits it already), a generator made
     * awaitable by types.coroutine, else the iterator {@code __await__} returns. where: 0 an
     * await, 1 the result of __aenter__, 2 of __aexit__.
     */
    static PyObject awaitable(PyObject o, int where) {
        PyObject it = awaitableOrNull(o);
        if (it != null) {
            return it;
        }
        String tp = o.type().name;
        throw switch (where) {
            case 1 -> PyExc.typeError(
                    "'async with' received an object from __aenter__ that does not implement __await__: %s", tp);
            case 2 -> PyExc.typeError(
                    "'async with' received an object from __aexit__ that does not implement __await__: %s", tp);
            default -> PyExc.typeError("object %s can't be used in 'await' expression", tp);
        };
    }

    /** The iterator to await o with, or null when o has no __await__. */
    private static PyObject awaitableOrNull(PyObject o) {
        if (o instanceof PyCoroutine c) {
            if (c.gen.yieldFromTarget() != null) {
                throw PyExc.runtimeError("coroutine is being awaited already");
            }
            return c;
        }
        if (isIterableCoroutine(o)) {
            return o;
        }
        PyObject getter = o.type().lookup(AWAIT);
        if (getter == null) {
            return null;
        }
        PyObject it = Abstract.callPrepended(getter, o, new PyObject[0], null);
        if (it instanceof PyCoroutine || isIterableCoroutine(it)) {
            throw PyExc.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup(org.gilpy.objects.Names.__next__) == null) {
            throw PyExc.typeError("__await__() returned non-iterator of type '%s'", it.type().name);
        }
        return it;
    }

    private static boolean isIterableCoroutine(PyObject o) {
        return o instanceof PyGenerator g && (g.gen.code().co_flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    /** GET_AITER: {@code type(o).__aiter__(o)}, which must have __anext__. */
    static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup(AITER);
        if (m == null) {
            throw PyExc.typeError("'async for' requires an object with __aiter__ method, got %s", o.type().name);
        }
        PyObject it = Abstract.callPrepended(m, o, new PyObject[0], null);
        if (it.type().lookup(ANEXT) == null) {
            throw PyExc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.type().name);
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of {@code type(it).__anext__(it)}. */
    static PyObject anext(PyObject it) {
        if (it instanceof PyAsyncGenerator ag) {
            return ag.asend(org.gilpy.objects.PyNone.NONE);
        }
        PyObject m = it.type().lookup(ANEXT);
        if (m == null) {
            throw PyExc.typeError("'async for' requires an iterator with __anext__ method, got %s", it.type().name);
        }
        PyObject next = Abstract.callPrepended(m, it, new PyObject[0], null);
        PyObject awaitable = awaitableOrNull(next);
        if (awaitable == null) {
            throw PyExc.typeError("'async for' received an invalid object from __anext__: %s", next.type().name);
        }
        return awaitable;
    }

    /** BEFORE_ASYNC_WITH: replaces the manager at stack[sp - 1] by its bound __aexit__ and returns __aenter__()'s result. */
    static PyObject beforeAsyncWith(PyObject[] stack, int sp) {
        PyObject mgr = stack[sp - 1];
        PyType tp = mgr.type();
        PyObject enter = tp.lookup(AENTER);
        if (enter == null) {
            throw PyExc.typeError("'%s' object does not support the asynchronous context manager protocol", tp.name);
        }
        PyObject exit = tp.lookup(AEXIT);
        if (exit == null) {
            throw PyExc.typeError("'%s' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)", tp.name);
        }
        stack[sp - 1] = new PyMethod(exit, mgr);
        return Abstract.callPrepended(enter, mgr, new PyObject[0], null);
    }

    /** The builtin {@code aiter(async_iterable)}. */
    public static PyObject aiterBuiltin(PyObject o) {
        PyObject m = o.type().lookup(AITER);
        if (m == null) {
            throw PyExc.typeError("'%s' object is not an async iterable", o.type().name);
        }
        PyObject it = Abstract.callPrepended(m, o, new PyObject[0], null);
        if (it.type().lookup(ANEXT) == null) {
            throw PyExc.typeError("aiter() returned not an async iterator of type '%s'", it.type().name);
        }
        return it;
    }

    /**
     * The builtin {@code anext(async_iterator[, default])}: the awaitable of __anext__(), which
     * with a default resolves to it instead of raising StopAsyncIteration.
     */
    public static PyObject anextBuiltin(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup(ANEXT);
        if (m == null) {
            throw PyExc.typeError("'%s' object is not an async iterator", it.type().name);
        }
        PyObject awaitable = it instanceof PyAsyncGenerator ag ? ag.asend(org.gilpy.objects.PyNone.NONE)
                : Abstract.callPrepended(m, it, new PyObject[0], null);
        return dflt == null ? awaitable : new AnextAwaitable(awaitable, dflt);
    }

    /** The iterator awaiting o runs, for anext's default wrapper; a TypeError when o is not awaitable. */
    static PyObject iteratorOf(PyObject o) {
        return awaitable(o, 0);
    }

    /** END_ASYNC_FOR: whether the exception ends the loop (StopAsyncIteration) rather than propagating. */
    static boolean endsLoop(PyObject exc) {
        return exc.type().isSubtypeOf(PyExc.StopAsyncIteration);
    }
}

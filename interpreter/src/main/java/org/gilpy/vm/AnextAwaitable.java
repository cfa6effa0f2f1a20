package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/**
 * What {@code anext(it, default)} returns: awaiting it awaits {@code it.__anext__()}, and the
 * iterator's end (StopAsyncIteration) becomes the default as the result.
 */
final class AnextAwaitable extends PyObject {
    static final PyType TYPE = PyType.builtin("anext_awaitable", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__await__", a -> a);
        t.method("__iter__", a -> a);
        t.method("__next__", a -> ((AnextAwaitable) a).step(Names.send, PyNone.NONE));
        t.method("send", (a, v) -> ((AnextAwaitable) a).step(Names.send, v));
        t.methodVar("throw", (a, args, kw) -> {
            Builtin.range("throw", args, 1, 3);
            return ((AnextAwaitable) a).step(Names.throw_, args);
        });
        t.method("close", a -> ((AnextAwaitable) a).step(Names.close));
    });

    private final PyObject awaitable;
    private final PyObject dflt;
    private PyObject iterator;

    AnextAwaitable(PyObject awaitable, PyObject dflt) {
        this.awaitable = awaitable;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Calls the awaited iterator's method; its StopAsyncIteration is our StopIteration(default). */
    private PyObject step(org.gilpy.objects.PyStr method, PyObject... args) {
        if (iterator == null) {
            iterator = Awaiting.iteratorOf(awaitable);
        }
        try {
            if (method == Names.send && args[0] == PyNone.NONE) {
                PyObject[] returned = new PyObject[1];
                PyObject r = GenFrame.sendTo(iterator, PyNone.NONE, returned);
                if (r == null) {
                    throw returned[0] == PyNone.NONE ? PyExc.stopIteration() : PyExc.stopIteration(returned[0]);
                }
                return r;
            }
            PyObject fn = Abstract.lookupAttr(iterator, method);
            if (fn == null) {
                if (method == Names.close) {
                    return PyNone.NONE;
                }
                throw PyExc.typeError("'%s' object has no attribute '%s'", iterator.type().name, method.value);
            }
            return Abstract.call(fn, args);
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) {
                throw PyExc.stopIteration(dflt);
            }
            throw e;
        }
    }
}

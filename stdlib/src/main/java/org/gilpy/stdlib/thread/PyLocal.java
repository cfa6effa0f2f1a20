package org.gilpy.stdlib.thread;

import java.util.Arrays;
import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attributes are per thread.
 * Each thread sees its own {@code __dict__}, made the first time it touches the object; for a
 * subclass with an {@code __init__}, that first touch calls {@code __init__} again in the new
 * thread with the constructor's arguments, as CPython does. A thread's dicts live in a Java
 * ThreadLocal, so they go away with the thread or with the object.
 */
final class PyLocal extends PyObject {
    static final PyType TYPE = PyType.builtin("_local", PyBaseObject.TYPE, t -> {
        t.def("__module__", PyStr.of("_thread"));
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (rest.length > 0 && !hasOwnInit(cls)) {
                throw PyExc.typeError("Initialization arguments are not supported");
            }
            return new PyLocal(cls, rest, kw);
        });
    });

    private final PyType type;
    /** The constructor's arguments, replayed into {@code __init__} in each new thread. */
    private final PyObject[] initArgs;
    private final String[] initKwnames;
    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();

    private PyLocal(PyType type, PyObject[] initArgs, String[] initKwnames) {
        this.type = type;
        this.initArgs = initArgs;
        this.initKwnames = initKwnames;
        // the creating thread's __init__ is the ordinary call made by type.__call__
        dicts.set(new PyDict());
    }

    /** A forked child's copy starts empty: it is initialized again on first use, as in a new thread. */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyType t = (PyType) c.copy(type);
        PyObject[] args = c.copyAll(initArgs);
        return c.remember(this, new PyLocal(t, args, initKwnames));
    }

    private static boolean hasOwnInit(PyType cls) {
        return cls.lookup(Names.__init__) != PyBaseObject.TYPE.lookup(Names.__init__);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dicts.get();
        if (d == null) {
            d = new PyDict();
            dicts.set(d);
            if (hasOwnInit(type)) {
                try {
                    Abstract.callPrepended(type.lookup(Names.__init__), this, initArgs, initKwnames);
                } catch (PyException e) {
                    dicts.remove();
                    throw e;
                }
            }
        }
        return d;
    }
}

package org.gilpy.objects;

import org.gilpy.vm.ThreadState;

/**
 * The pickle protocol's default reduction, shared by {@code pickle} and {@code copy}:
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}.
 *
 * <p>From protocol 2 an object reduces to {@code copyreg.__newobj__} (or {@code __newobj_ex__})
 * of its class and the arguments {@code __getnewargs_ex__}/{@code __getnewargs__} give, its
 * state, and for lists and dicts their items; below protocol 2 {@code copyreg._reduce_ex} does
 * it. An instance whose layout holds more than a {@code __dict__} and {@code __slots__} (a lock,
 * a file, a module) cannot be rebuilt that way: "cannot pickle 'X' object", as CPython says.
 */
public final class Reduce {
    private Reduce() {}

    private static final PyStr __reduce__ = PyStr.intern("__reduce__");
    private static final PyStr __getstate__ = PyStr.intern("__getstate__");
    private static final PyStr __getnewargs__ = PyStr.intern("__getnewargs__");
    private static final PyStr __getnewargs_ex__ = PyStr.intern("__getnewargs_ex__");
    private static final PyStr __slotnames__ = PyStr.intern("__slotnames__");

    static void define(PyType t) {
        t.method("__reduce_ex__", (self, protocol) -> reduceEx(self, (int) Abstract.index(protocol)));
        t.method("__reduce__", self -> commonReduce(self, 0));
        t.method("__getstate__", self -> defaultState(self, false));
    }

    private static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = Abstract.getAttr(self, __reduce__);
        if (self.type().lookup(__reduce__) != PyType.OBJECT.getDict().getItem(__reduce__)) {
            return Abstract.call(reduce);
        }
        return commonReduce(self, protocol);
    }

    private static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewobj(self);
        }
        return Abstract.call(copyreg("_reduce_ex"), self, PyInt.of(protocol));
    }

    private static PyObject reduceNewobj(PyObject obj) {
        PyType tp = obj.type();
        if (!tp.isHeapType && tp != PyType.OBJECT && tp.lookup(Names.__new__) == PyBaseObject.OBJECT_NEW) {
            throw cannotPickle(tp);
        }
        PyObject args = null;
        PyObject kwargs = null;
        PyObject getnewargsEx = Abstract.lookupAttr(obj, __getnewargs_ex__);
        if (getnewargsEx != null) {
            PyObject r = Abstract.call(getnewargsEx);
            if (!(r instanceof PyTuple pair)) {
                throw PyExc.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.type().name);
            }
            if (pair.items.length != 2) {
                throw PyExc.typeError("__getnewargs_ex__ should return a tuple of length 2, not %d", pair.items.length);
            }
            args = pair.items[0];
            kwargs = pair.items[1];
            if (!(args instanceof PyTuple)) {
                throw PyExc.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        args.type().name);
            }
            if (!(kwargs instanceof PyDict)) {
                throw PyExc.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kwargs.type().name);
            }
        } else {
            PyObject getnewargs = Abstract.lookupAttr(obj, __getnewargs__);
            if (getnewargs != null) {
                args = Abstract.call(getnewargs);
                if (!(args instanceof PyTuple)) {
                    throw PyExc.typeError("__getnewargs__ should return a tuple, not '%s'", args.type().name);
                }
            }
        }
        boolean hasArgs = args != null;
        PyObject[] newArgs;
        PyObject newobj;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            PyObject[] items = hasArgs ? ((PyTuple) args).items : new PyObject[0];
            newArgs = new PyObject[items.length + 1];
            newArgs[0] = tp;
            System.arraycopy(items, 0, newArgs, 1, items.length);
            newobj = copyreg("__newobj__");
        } else {
            newArgs = new PyObject[] {tp, args, kwargs};
            newobj = copyreg("__newobj_ex__");
        }
        boolean isList = obj instanceof PyList;
        boolean isDict = obj instanceof PyDict;
        PyObject state = state(obj, !hasArgs && !isList && !isDict);
        PyObject listItems = isList ? Abstract.iter(obj) : PyNone.NONE;
        PyObject dictItems = isDict ? Abstract.iter(Abstract.callMethod(obj, PyStr.intern("items"))) : PyNone.NONE;
        return PyTuple.of(newobj, new PyTuple(newArgs), state, listItems, dictItems);
    }

    /** The object's {@code __getstate__()}, or the default state when the class does not override it. */
    private static PyObject state(PyObject obj, boolean required) {
        PyDict d = obj.getDict();
        if (obj.type().lookup(__getstate__) == PyType.OBJECT.getDict().getItem(__getstate__)
                && (d == null || !d.contains(__getstate__))) {
            return defaultState(obj, required);
        }
        return Abstract.invoke(obj, __getstate__);
    }

    /**
     * object.__getstate__: the instance dict (None when empty), paired with a dict of the
     * {@code __slots__} values when there are any. {@code required}: the class offers no other
     * way to rebuild the instance, so one whose layout holds more than those cannot be pickled.
     */
    private static PyObject defaultState(PyObject obj, boolean required) {
        PyType tp = obj.type();
        if (required && tp.solidBase() != PyType.OBJECT) {
            throw cannotPickle(tp);
        }
        PyObject state = instanceDictOrNone(obj);
        PyObject slotNames = slotNames(tp);
        if (slotNames instanceof PyList names && names.size() > 0) {
            PyDict slots = new PyDict();
            for (PyObject name : Abstract.toArray(names)) {
                PyObject value = Abstract.lookupAttr(obj, Abstract.attrName(name));
                if (value != null) {
                    slots.setItem(name, value);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /** {@code cls.__slotnames__}, computed and cached by {@code copyreg._slotnames} the first time. */
    private static PyObject slotNames(PyType tp) {
        PyObject names = tp.getDict().getItem(__slotnames__);
        if (names == null) {
            names = Abstract.call(copyreg("_slotnames"), tp);
        }
        if (names != PyNone.NONE && !(names instanceof PyList)) {
            throw PyExc.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
    }

    /** The instance's {@code __dict__} when it has a non-empty one, else None: the state most reducers return. */
    public static PyObject instanceDictOrNone(PyObject obj) {
        PyDict d = obj.getDict();
        return d == null || d.size() == 0 ? PyNone.NONE : d;
    }

    /** CPython's message for an object that has no way to be pickled; the type named as its tp_name. */
    public static PyException cannotPickle(PyType tp) {
        String module = tp.module();
        String name = tp.isHeapType || module.equals("builtins") ? tp.name : module + "." + tp.name;
        return PyExc.typeError("cannot pickle '%s' object", name);
    }

    private static PyObject copyreg(String name) {
        PyModule copyreg = ThreadState.current().interp.importer.importModule("copyreg");
        return Abstract.getAttr(copyreg, PyStr.intern(name));
    }
}

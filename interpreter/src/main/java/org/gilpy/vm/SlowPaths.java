package org.gilpy.vm;

import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * The out-of-line parts of instructions: name lookups in class and module namespaces, the errors
 * for unbound names, unpacking, argument merging for {@code f(*a, **k)}, {@code import *}. Kept out
 * of {@link Eval}'s loop so that the method the JIT compiles for every instruction stays small.
 */
final class SlowPaths {
    private SlowPaths() {}

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v = f.locals == null ? null : namespaceGet(f.locals, name);
        if (v == null) {
            v = f.globals.getItem(name);
            if (v == null) {
                v = f.builtins.getItem(name);
                if (v == null) {
                    throw nameError(name);
                }
            }
        }
        return v;
    }

    /**
     * LOAD_GLOBAL's miss: the name from globals g or builtins b, remembered in the cache of the
     * instruction at index at with the dicts' versions.
     */
    static PyObject loadGlobal(PyCode code, int at, PyDict g, PyDict b, PyStr name) {
        PyObject v = g.getItem(name);
        if (v == null) {
            v = b.getItem(name);
            if (v == null) {
                throw nameError(name);
            }
        }
        PyCode.GlobalCache cache = code.globalCache[at];
        if (cache == null) {
            cache = new PyCode.GlobalCache();
            code.globalCache[at] = cache;
        }
        cache.globals = g;
        cache.globalsVersion = g.version();
        cache.builtins = b;
        cache.builtinsVersion = b.version();
        cache.value = v;
        return v;
    }

    static void storeName(Frame f, PyStr name, PyObject v) {
        if (f.locals == null) {
            throw PyExc.systemError("no locals found when storing %s", name.value);
        }
        if (f.locals.getClass() == PyDict.class) {
            f.locals.setItem(name, v);
        } else {
            Abstract.setItem(f.locals, name, v);
        }
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals == null) {
            throw nameError(name);
        }
        if (f.locals.getClass() == PyDict.class) {
            if (f.locals.delItem(name) == null) {
                throw nameError(name);
            }
            return;
        }
        try {
            Abstract.delItem(f.locals, name);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                throw nameError(name);
            }
            throw e;
        }
    }

    /**
     * A name from a class body's namespace: a plain dict directly, a mapping from
     * {@code __prepare__} (enum's, say) through its own {@code __getitem__}; null when absent.
     */
    static PyObject namespaceGet(PyDict ns, PyStr name) {
        if (ns.getClass() == PyDict.class) {
            return ns.getItem(name);
        }
        try {
            return Abstract.getItem(ns, name);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static PyException nameError(PyStr name) {
        PyException e = PyExc.nameError("name '%s' is not defined", name.value);
        e.value.setAttr("name", name);
        return e;
    }

    static PyException unboundLocal(PyCode code, int slot) {
        PyException e = PyExc.raise(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", code.localsplusNames[slot]);
        e.value.setAttr("name", PyStr.of(code.localsplusNames[slot]));
        return e;
    }

    static PyException unboundDeref(PyCode code, int slot) {
        String name = code.localsplusNames[slot];
        if (slot >= code.nlocalsplus() - code.co_freevars.length) {
            return PyExc.nameError("cannot access free variable '%s' where it is not associated with a value in "
                    + "enclosing scope", name);
        }
        return unboundLocal(code, slot);
    }

    static String[] kwnamesOf(PyObject names) {
        PyObject[] items = ((PyTuple) names).items;
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = ((PyStr) items[i]).value;
        }
        return out;
    }

    static PyObject[] extendItems(PyObject iterable) {
        try {
            return Abstract.toArray(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && iterable.type().lookup(Names.__iter__) == null
                    && iterable.type().lookup(Names.__getitem__) == null) {
                throw PyExc.typeError("Value after * must be an iterable, not %s", iterable.type().name);
            }
            throw e;
        }
    }

    static void dictUpdate(PyDict target, PyObject src, boolean merge, PyObject callable) {
        if (!(src instanceof PyDict) && !Abstract.isMapping(src)) {
            if (merge) {
                throw PyExc.typeError("%s argument after ** must be a mapping, not %s", funcName(callable),
                        src.type().name);
            }
            throw PyExc.typeError("'%s' object is not a mapping", src.type().name);
        }
        PyObject[] keys = src instanceof PyDict d ? d.keyList().toArray(new PyObject[0])
                : Abstract.toArray(Abstract.callMethod(src, Names.keys));
        for (PyObject k : keys) {
            if (merge && target.contains(k)) {
                throw PyExc.typeError("%s got multiple values for keyword argument '%s'", funcName(callable),
                        Abstract.str(k).value);
            }
            target.setItem(k, Abstract.getItem(src, k));
        }
    }

    /**
     * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): its
     * {@code __qualname__} with the {@code __module__} in front unless that is builtins, or the
     * type's name when it has no qualified name.
     */
    static String funcName(PyObject callable) {
        if (callable == null) {
            return "function";
        }
        PyObject qualname = Abstract.lookupAttr(callable, Names.__qualname__);
        if (!(qualname instanceof PyStr q)) {
            return callable.type().name + " object";
        }
        PyObject mod = Abstract.lookupAttr(callable, Names.__module__);
        String prefix = mod instanceof PyStr m && !m.value.equals("builtins") ? m.value + "." : "";
        return prefix + q.value + "()";
    }

    /** CALL_FUNCTION_EX's positional arguments when they are not a tuple: f(*x) passes x itself. */
    static PyObject[] starArgs(PyObject func, PyObject callargs) {
        PyType tp = callargs.type();
        if (tp.lookup(Names.__iter__) == null && (tp.lookup(Names.__getitem__) == null || callargs instanceof PyDict)) {
            throw PyExc.typeError("%s argument after * must be an iterable, not %s", funcName(func), tp.name);
        }
        return Abstract.toArray(callargs);
    }

    static PyObject callEx(PyObject callable, PyObject[] positional, PyObject kwargs) {
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) {
            return callable.call(positional, null);
        }
        PyDict kw = (PyDict) kwargs;
        String[] names = new String[kw.size()];
        PyObject[] all = new PyObject[positional.length + names.length];
        System.arraycopy(positional, 0, all, 0, positional.length);
        int i = 0;
        for (java.util.Map.Entry<PyObject, PyObject> e : kw.entries()) {
            if (!(e.getKey() instanceof PyStr s)) {
                throw PyExc.typeError("keywords must be strings");
            }
            names[i] = s.value;
            all[positional.length + i] = e.getValue();
            i++;
        }
        return callable.call(all, names);
    }

    static PyObject[] unpack(PyObject seq, int n) {
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.toArray();
        } else {
            if (seq.type().lookup(Names.__iter__) == null && seq.type().lookup(Names.__getitem__) == null) {
                throw PyExc.typeError("cannot unpack non-iterable %s object", seq.type().name);
            }
            PyObject it = Abstract.iter(seq);
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    throw PyExc.valueError("not enough values to unpack (expected %d, got %d)", n, i);
                }
                items[i] = v;
            }
            if (Abstract.next(it) != null) {
                throw PyExc.valueError("too many values to unpack (expected %d)", n);
            }
            return items;
        }
        if (items.length != n) {
            if (items.length < n) {
                throw PyExc.valueError("not enough values to unpack (expected %d, got %d)", n, items.length);
            }
            throw PyExc.valueError("too many values to unpack (expected %d)", n);
        }
        return items;
    }

    static int unpackEx(PyObject[] stack, int sp, PyObject seq, int before, int after) {
        if (seq.type().lookup(Names.__iter__) == null && seq.type().lookup(Names.__getitem__) == null) {
            throw PyExc.typeError("cannot unpack non-iterable %s object", seq.type().name);
        }
        PyObject[] items = Abstract.toArray(seq);
        int n = items.length;
        if (n < before + after) {
            throw PyExc.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, n);
        }
        for (int i = n - 1; i >= n - after; i--) {
            stack[sp++] = items[i];
        }
        PyObject[] middle = new PyObject[n - before - after];
        System.arraycopy(items, before, middle, 0, middle.length);
        stack[sp++] = new PyList(middle);
        for (int i = before - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    static void importStar(Frame f, PyObject module) {
        PyDict md = module.getDict();
        PyObject all = md == null ? null : md.getItem(Names.__all__);
        PyDict target = f.locals != null ? f.locals : f.globals;
        if (all != null) {
            for (PyObject name : Abstract.toArray(all)) {
                PyStr n = PyStr.intern(((PyStr) name).value);
                target.setItem(n, Abstract.getAttr(module, n));
            }
            return;
        }
        for (java.util.Map.Entry<PyObject, PyObject> e : md.entries()) {
            if (e.getKey() instanceof PyStr s && !s.value.startsWith("_")) {
                target.setItem(s, e.getValue());
            }
        }
    }
}

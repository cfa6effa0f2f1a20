package org.gilpy.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): a message and a non-empty tuple of
 * exceptions, with {@code split}, {@code subgroup} and {@code derive} as CPython 3.11's.
 */
public final class PyBaseExceptionGroup extends PyBaseException {
    public final PyStr message;
    public final PyTuple exceptions;

    private PyBaseExceptionGroup(PyType type, PyTuple args, PyStr message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }

    private static PyBaseExceptionGroup g(PyObject o) {
        return (PyBaseExceptionGroup) o;
    }

    static void define(PyType t) {
        t.constructor((unused, args, kw) -> construct(args, kw));
        t.methodVar("__init__", (self, args, kw) -> {
            Builtin.noKeywords(self.type().name, kw);
            ((PyBaseException) self).args = PyTuple.of(args.clone());
            return PyNone.NONE;
        });
        t.getter("message", self -> g(self).message);
        t.getter("exceptions", self -> g(self).exceptions);
        t.method("__str__", self -> {
            int n = g(self).exceptions.items.length;
            return PyStr.of(Abstract.str(g(self).message).value + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        });
        t.method("derive", (self, excs) -> Abstract.call(PyExc.BaseExceptionGroup, g(self).message, excs));
        t.method("split", (self, condition) -> {
            PyObject[] r = g(self).split(matcher(condition));
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        t.method("subgroup", (self, condition) -> orNone(g(self).split(matcher(condition))[0]));
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** BaseExceptionGroup.__new__: checks the arguments; BaseExceptionGroup of Exceptions only is an ExceptionGroup. */
    private static PyObject construct(PyObject[] args, String[] kw) {
        PyType cls = (PyType) args[0];
        int npos = args.length - 1 - (kw == null ? 0 : kw.length);
        if (npos != 2) {
            throw PyExc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", npos);
        }
        if (!(args[1] instanceof PyStr message)) {
            throw PyExc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[1].type().name);
        }
        PyObject seq = args[2];
        if (seq instanceof PyDict || seq instanceof PySet || seq.type().lookup(Names.__getitem__) == null
                || seq.type().lookup(Names.__len__) == null) {
            throw PyExc.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Abstract.toArray(seq);
        if (items.length == 0) {
            throw PyExc.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestsBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw PyExc.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            nestsBase |= !e.type().isSubtypeOf(PyExc.Exception);
        }
        if (cls == PyExc.ExceptionGroup) {
            if (nestsBase) {
                throw PyExc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == PyExc.BaseExceptionGroup) {
            if (!nestsBase) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (nestsBase && cls.isSubtypeOf(PyExc.Exception)) {
            throw PyExc.typeError("Cannot nest BaseExceptions in '%s'", cls.name);
        }
        return new PyBaseExceptionGroup(cls, PyTuple.of(args[1], args[2]), message, PyTuple.of(items));
    }

    private interface Matcher {
        boolean matches(PyBaseException e);
    }

    /** What split()/subgroup() accept: an exception type, a tuple of them, or a predicate. */
    private static Matcher matcher(PyObject condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            return e -> e.type().isSubtypeOf(t);
        }
        if (condition instanceof PyTuple tup && tup.getClass() == PyTuple.class) {
            for (PyObject c : tup.items) {
                if (!(c instanceof PyType ct) || !ct.isSubtypeOf(PyExc.BaseException)) {
                    throw expectedCondition();
                }
            }
            return e -> Abstract.isInstance(e, tup);
        }
        if (Abstract.isCallable(condition) && !(condition instanceof PyType)) {
            return e -> Abstract.call(condition, e).isTrue();
        }
        throw expectedCondition();
    }

    private static PyException expectedCondition() {
        return PyExc.typeError("expected a function, exception type or tuple of exception types");
    }

    // ---- except* (CHECK_EG_MATCH and PREP_RERAISE_STAR) ----

    /**
     * {match, rest} of an exception against an {@code except*} clause's type, either None: a
     * group is split; a plain exception that matches is wrapped in a new group.
     */
    public static PyObject[] exceptStarMatch(PyBaseException exc, PyObject type) {
        if (Abstract.isInstance(exc, type)) {
            PyObject match = exc instanceof PyBaseExceptionGroup ? exc
                    : Abstract.call(PyExc.BaseExceptionGroup, PyStr.of(""), PyTuple.of(exc));
            return new PyObject[] {match, PyNone.NONE};
        }
        if (exc instanceof PyBaseExceptionGroup eg) {
            PyObject[] parts = eg.split(matcher(type));
            return new PyObject[] {orNone(parts[0]), orNone(parts[1])};
        }
        return new PyObject[] {PyNone.NONE, exc};
    }

    /**
     * What a try/except* statement raises at its end, or None: {@code excs} holds what each
     * clause raised (or re-raised) and the unhandled rest, None where there was nothing. Re-raised
     * parts keep their place in {@code orig}'s nesting; newly raised exceptions become siblings of
     * that in a new group.
     */
    public static PyObject prepReraiseStar(PyBaseException orig, PyObject[] excs) {
        if (excs.length == 0) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyBaseExceptionGroup origGroup)) {
            return excs[0];
        }
        List<PyObject> raised = new ArrayList<>();
        Set<PyObject> reraisedLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : excs) {
            if (e == PyNone.NONE) {
                continue;
            }
            if (sameMetadata((PyBaseException) e, orig)) {
                collectLeaves(e, reraisedLeaves);
            } else {
                raised.add(e);
            }
        }
        PyObject reraised = reraisedLeaves.isEmpty() ? null : origGroup.split(reraisedLeaves::contains)[0];
        if (raised.isEmpty()) {
            return orNone(reraised);
        }
        if (reraised != null) {
            raised.add(reraised);
        }
        return raised.size() == 1 ? raised.get(0)
                : Abstract.call(PyExc.BaseExceptionGroup, PyStr.of(""), new PyList(raised));
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
                && a.getDict().get("__notes__") == b.getDict().get("__notes__");
    }

    private static void collectLeaves(PyObject e, Set<PyObject> leaves) {
        if (e instanceof PyBaseExceptionGroup g) {
            for (PyObject item : g.exceptions.items) {
                collectLeaves(item, leaves);
            }
        } else {
            leaves.add(e);
        }
    }

    /** {matching part or null, rest or null}, nested groups split recursively (exceptiongroup_split_recursive). */
    private PyObject[] split(Matcher m) {
        if (m.matches(this)) {
            return new PyObject[] {this, null};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject item : exceptions.items) {
            if (item instanceof PyBaseExceptionGroup sub) {
                PyObject[] parts = sub.split(m);
                if (parts[0] != null) {
                    match.add(parts[0]);
                }
                if (parts[1] != null) {
                    rest.add(parts[1]);
                }
            } else if (m.matches((PyBaseException) item)) {
                match.add(item);
            } else {
                rest.add(item);
            }
        }
        return new PyObject[] {subset(match), subset(rest)};
    }

    /** self.derive(items) with this group's traceback, cause, context and notes; null for no items. */
    private PyObject subset(List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        PyObject derived = Abstract.callMethod(this, PyStr.intern("derive"), new PyList(items));
        if (!(derived instanceof PyBaseExceptionGroup eg)) {
            throw PyExc.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.traceback = traceback;
        eg.cause = cause;
        eg.context = context;
        eg.suppressContext = suppressContext;
        PyObject notes = getDict().get("__notes__");
        if (notes != null && (notes instanceof PyList || notes instanceof PyTuple)) {
            eg.getDict().put("__notes__", new PyList(Abstract.toArray(notes)));
        }
        return eg;
    }
}

package org.gilpy.vm;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** A Python function: code, globals, defaults and closure. Calling it runs a new frame. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getset("__name__", f -> PyStr.of(((PyFunction) f).name), (f, v) -> ((PyFunction) f).name = ((PyStr) v).value);
        t.getset("__qualname__", f -> PyStr.of(((PyFunction) f).qualname),
                (f, v) -> ((PyFunction) f).qualname = ((PyStr) v).value);
        t.getset("__defaults__", f -> ((PyFunction) f).defaults == null ? PyNone.NONE : PyTuple.of(((PyFunction) f).defaults.clone()),
                (f, v) -> ((PyFunction) f).defaults = v == PyNone.NONE || v == null ? null : ((PyTuple) v).copyItems());
        t.getset("__kwdefaults__", f -> ((PyFunction) f).kwdefaults == null ? PyNone.NONE : ((PyFunction) f).kwdefaults,
                (f, v) -> ((PyFunction) f).kwdefaults = v == PyNone.NONE || v == null ? null : (PyDict) v);
        t.getset("__code__", f -> ((PyFunction) f).code, (f, v) -> ((PyFunction) f).setCode(v));
        t.getter("__globals__", f -> ((PyFunction) f).globals);
        t.getter("__closure__", f -> ((PyFunction) f).closure == null ? PyNone.NONE : PyTuple.of((PyObject[]) ((PyFunction) f).closure.clone()));
        t.getset("__annotations__", f -> {
            PyFunction fn = (PyFunction) f;
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (f, v) -> ((PyFunction) f).annotations = (PyDict) v);
        t.getset("__dict__", f -> f.getDict(), (f, v) -> ((PyFunction) f).dict = (PyDict) v);
        t.method("__repr__", f -> PyStr.of("<function " + ((PyFunction) f).qualname + " at " + Abstract.address(f) + ">"));
        t.method("__get__", (f, obj, type) -> obj == PyNone.NONE ? f : new PyMethod(f, obj));
        t.methodVar("__call__", (f, args, kw) -> f.call(args, kw));
    });

    static {
        TYPE.isDescriptor = true;
    }

    public PyCode code;
    public final PyDict globals;
    /** The builtins the function sees, fixed when it is made (as CPython's func_builtins). */
    public final PyDict builtins;
    public String name;
    public String qualname;
    public PyObject[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public PyDict annotations;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyObject[] defaults, PyDict kwdefaults,
                      PyCell[] closure, PyDict annotations) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.co_name;
        this.qualname = code.co_qualname;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.annotations = annotations;
    }

    /** {@code f.__code__ = c}: any code object with as many free variables as the closure has cells. */
    private void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) {
            throw PyExc.typeError("__code__ must be set to a code object");
        }
        int cells = closure == null ? 0 : closure.length;
        if (c.co_freevars.length != cells) {
            throw PyExc.valueError("%s() requires a code object with %d free vars, not %d", name, cells,
                    c.co_freevars.length);
        }
        code = c;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
            // as CPython 3.11: a function's first constant is its docstring (or None)
            PyObject doc = code.co_consts.length > 0 && code.co_consts[0] instanceof PyStr s ? s : PyNone.NONE;
            dict.setItem(Names.__doc__, doc);
            PyObject mod = globals.getItem(Names.__name__);
            dict.setItem(Names.__module__, mod == null ? PyNone.NONE : mod);
        }
        return dict;
    }

    /**
     * A copy for a forked child: it runs in the copies of its globals and builtins, with copies
     * of its defaults, cells and attributes. The code is copied too, for its inline caches.
     */
    @Override
    public PyObject forkCopy(org.gilpy.objects.ForkCopier c) {
        PyDict g = (PyDict) c.copy(globals);
        PyDict b = (PyDict) c.copy(builtins);
        PyObject cycle = c.copied(this);
        if (cycle != null) {
            return cycle;
        }
        PyCell[] cells = closure == null ? null : new PyCell[closure.length];
        PyFunction copy = c.remember(this, new PyFunction((PyCode) c.copy(code), g, b, null, null, cells, null));
        if (cells != null) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = (PyCell) c.copy(closure[i]);
            }
        }
        copy.name = name;
        copy.qualname = qualname;
        copy.defaults = defaults == null ? null : c.copyAll(defaults);
        copy.kwdefaults = kwdefaults == null ? null : (PyDict) c.copy(kwdefaults);
        copy.annotations = annotations == null ? null : (PyDict) c.copy(annotations);
        copy.dict = dict == null ? null : (PyDict) c.copy(dict);
        return copy;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Frame f = Frame.forCall(this, null, args, kwnames);
        return Eval.run(ThreadState.current(), f, null);
    }

    /** Calls with self as the first positional argument, without building a bound method. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        Frame f = Frame.forCall(this, self, args, kwnames);
        return Eval.run(ThreadState.current(), f, null);
    }

    // ---- argument binding with CPython's messages ----

    PyException tooManyPositional(int given, int kwonlyGiven) {
        int argc = code.co_argcount;
        int ndefaults = defaults == null ? 0 : defaults.length;
        String takes;
        if (ndefaults > 0) {
            takes = "from " + (argc - ndefaults) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        String gave = given + " " + (given == 1 ? "was" : "were");
        if (kwonlyGiven > 0) {
            gave = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were";
        }
        return PyExc.typeError("%s() takes %s but %s given", qualname, takes, gave);
    }

    PyException missing(List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n > 2 ? ", " : " ");
            }
            if (i == n - 1 && n > 1) {
                sb.append("and ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyExc.typeError("%s() missing %d required %s argument%s: %s", qualname, n, kind, n == 1 ? "" : "s", sb);
    }

    static List<String> list() {
        return new ArrayList<>();
    }

}

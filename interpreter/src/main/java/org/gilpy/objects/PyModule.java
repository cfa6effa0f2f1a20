package org.gilpy.objects;

/** A module: a namespace dict with {@code __name__}. */
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyBaseObject.TYPE, t -> {
        t.constructor((unused, args, kw) -> {
            Builtin.range("module", args, 2, 3);
            PyModule m = new PyModule(((PyStr) args[1]).value);
            if (args.length == 3) {
                m.dict.setItem(Names.__doc__, args[2]);
            }
            return m;
        });
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.method("__repr__", self -> {
            PyModule m = (PyModule) self;
            PyObject file = m.dict.getItem(Names.__file__);
            if (file instanceof PyStr f) {
                return PyStr.of("<module '" + m.name() + "' from '" + f.value + "'>");
            }
            return PyStr.of("<module '" + m.name() + "' (built-in)>");
        });
        t.getter("__dict__", self -> ((PyModule) self).dict);
        // a module-level __dir__() function (PEP 562) answers dir(module)
        t.method("__dir__", self -> {
            PyObject moduleDir = ((PyModule) self).dict.getItem(Names.__dir__);
            return moduleDir == null ? Abstract.dir(self) : moduleDir.call(new PyObject[0], null);
        });
    });

    protected final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.setItem(Names.__name__, PyStr.of(name));
        if (dict.getItem(Names.__doc__) == null) {
            dict.setItem(Names.__doc__, PyNone.NONE);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /**
     * A module written in Python is copied into a forked child with its namespace; the copier
     * maps a module made in Java to the child's own instance of it before copying anything.
     */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyModule copy = c.remember(this, new PyModule(name(), new PyDict(dict.size())));
        c.copyItems(dict, copy.dict);
        return copy;
    }

    public String name() {
        PyObject n = dict.getItem(Names.__name__);
        return n instanceof PyStr s ? s.value : "?";
    }

    /** Module attribute lookup, falling back to a module-level {@code __getattr__} (PEP 562). */
    @Override
    public PyObject getAttribute(PyStr name) {
        PyObject v = dict.getItem(name);
        if (v != null) {
            return v;
        }
        v = PyBaseObject.genericGetAttr(this, name);
        if (v != null) {
            return v;
        }
        PyObject getattr = dict.getItem(Names.__getattr__);
        if (getattr != null) {
            return Abstract.call(getattr, name);
        }
        return null;
    }

    /** Binds a module-level name (for Java-defined modules). */
    public PyModule put(String name, PyObject value) {
        dict.put(name, value);
        return this;
    }

    /** Declares a module function implemented in Java. */
    public PyModule function(String name, Builtin.Impl impl) {
        dict.put(name, new PyBuiltinFunction(name, impl, this));
        return this;
    }
}

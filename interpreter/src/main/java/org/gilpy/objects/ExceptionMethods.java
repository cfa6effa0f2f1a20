package org.gilpy.objects;

import java.util.Arrays;

/** The methods and attributes of BaseException and the exception classes with extra state. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static void defineBase(PyType t) {
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            PyObject[] rest = Arrays.copyOfRange(args, 1, args.length - (kw == null ? 0 : kw.length));
            return new PyBaseException(cls, PyTuple.of(rest));
        });
        t.methodVar("__init__", (self, args, kw) -> {
            int n = args.length - (kw == null ? 0 : kw.length);
            if (kw != null && self.type().lookup(Names.__init__) == self.type().getDict().getItem(Names.__init__)
                    && !self.type().isHeapType) {
                throw PyExc.typeError("%s() takes no keyword arguments", self.type().name);
            }
            e(self).args = PyTuple.of(Arrays.copyOf(args, n));
            return PyNone.NONE;
        });
        t.getset("args", self -> e(self).args, (self, v) -> e(self).args = PyTuple.of(Abstract.toArray(v)));
        t.method("__str__", self -> {
            PyTuple a = e(self).args;
            return a.items.length == 0 ? PyStr.EMPTY : a.items.length == 1 ? Abstract.str(a.items[0]) : Abstract.str(a);
        });
        t.method("__repr__", self -> {
            PyTuple a = e(self).args;
            String inner = a.items.length == 1 ? Abstract.repr(a.items[0]).value : Abstract.repr(a).value;
            if (a.items.length != 1) {
                inner = inner.substring(1, inner.length() - 1);
                if (a.items.length == 0) {
                    inner = "";
                }
            }
            return PyStr.of(self.type().name + "(" + inner + ")");
        });
        t.getset("__cause__", self -> orNone(e(self).cause), (self, v) -> {
            e(self).cause = causeValue(v);
            e(self).suppressContext = true;
        });
        t.getset("__context__", self -> orNone(e(self).context), (self, v) -> e(self).context = causeValue(v));
        t.getset("__suppress_context__", self -> PyBool.of(e(self).suppressContext),
                (self, v) -> e(self).suppressContext = v.isTrue());
        t.getset("__traceback__", self -> orNone(e(self).traceback),
                (self, v) -> e(self).traceback = v == PyNone.NONE ? null : (PyTraceback) v);
        t.method("with_traceback", (self, tb) -> {
            e(self).traceback = tb == PyNone.NONE ? null : (PyTraceback) tb;
            return self;
        });
        t.method("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw PyExc.typeError("note must be a str, not '%s'", note.type().name);
            }
            PyObject notes = self.getDict().get("__notes__");
            if (notes == null) {
                notes = new PyList();
                self.getDict().put("__notes__", notes);
            }
            if (!(notes instanceof PyList list)) {
                throw PyExc.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(note);
            return PyNone.NONE;
        });
        t.method("__reduce__", self -> {
            PyObject state = Reduce.instanceDictOrNone(self);
            return state == PyNone.NONE ? PyTuple.of(self.type(), e(self).args) : PyTuple.of(self.type(), e(self).args, state);
        });
        t.method("__setstate__", (self, state) -> {
            if (state instanceof PyDict d) {
                for (var entry : d.entries()) {
                    Abstract.setAttr(self, Abstract.attrName(entry.getKey()), entry.getValue());
                }
            } else if (state != PyNone.NONE) {
                throw PyExc.typeError("state is not a dictionary");
            }
            return PyNone.NONE;
        });
    }

    private static PyBaseException causeValue(PyObject v) {
        if (v == PyNone.NONE || v == null) {
            return null;
        }
        if (!(v instanceof PyBaseException be)) {
            throw PyExc.typeError("exception cause must be None or derive from BaseException");
        }
        return be;
    }

    /** SystemExit.code: None, the single argument, or the args tuple. */
    static void defineSystemExit(PyType t) {
        t.getter("code", self -> {
            PyTuple a = e(self).args;
            return a.items.length == 0 ? PyNone.NONE : a.items.length == 1 ? a.items[0] : a;
        });
    }

    static void defineStopIteration(PyType t) {
        t.getter("value", self -> {
            PyTuple a = e(self).args;
            return a.items.length == 0 ? PyNone.NONE : a.items[0];
        });
    }

    static void defineNameAndObj(PyType t) {
        t.getset("name", self -> e(self).attr("name"), (self, v) -> e(self).setAttr("name", v));
        t.getset("obj", self -> e(self).attr("obj"), (self, v) -> e(self).setAttr("obj", v));
    }

    static void defineImportError(PyType t) {
        t.methodVar("__init__", (self, args, kw) -> {
            int n = args.length - (kw == null ? 0 : kw.length);
            e(self).args = PyTuple.of(Arrays.copyOf(args, n));
            for (int i = 0; kw != null && i < kw.length; i++) {
                if (!kw[i].equals("name") && !kw[i].equals("path")) {
                    throw PyExc.typeError("'%s' is an invalid keyword argument for ImportError()", kw[i]);
                }
                e(self).setAttr(kw[i], args[n + i]);
            }
            return PyNone.NONE;
        });
        t.getter("msg", self -> e(self).args.items.length > 0 ? e(self).args.items[0] : PyNone.NONE);
        t.getset("name", self -> e(self).attr("name"), (self, v) -> e(self).setAttr("name", v));
        t.getset("path", self -> e(self).attr("path"), (self, v) -> e(self).setAttr("path", v));
        t.method("__str__", self -> {
            PyTuple a = e(self).args;
            return a.items.length == 1 ? Abstract.str(a.items[0]) : a.items.length == 0 ? PyStr.EMPTY : Abstract.str(a);
        });
    }

    /** KeyError's str is the repr of its key, so {@code KeyError: 'x'} shows quotes. */
    static void defineKeyError(PyType t) {
        t.method("__str__", self -> {
            PyTuple a = e(self).args;
            if (a.items.length == 1) {
                return Abstract.repr(a.items[0]);
            }
            return a.items.length == 0 ? PyStr.EMPTY : Abstract.str(a);
        });
    }

    static void defineOSError(PyType t) {
        t.constructor((unused, args, kw) -> {
            PyType cls = (PyType) args[0];
            int n = args.length - 1 - (kw == null ? 0 : kw.length);
            PyObject[] rest = Arrays.copyOfRange(args, 1, 1 + n);
            if (cls == PyExc.OSError && rest.length >= 2 && rest[0] instanceof PyInt errno) {
                cls = subclassFor(errno.v);
            }
            PyBaseException ex = new PyBaseException(cls, PyTuple.of(rest));
            if (rest.length >= 2 && rest.length <= 5) {
                ex.setAttr("errno", rest[0]);
                ex.setAttr("strerror", rest[1]);
                if (rest.length >= 3) {
                    ex.setAttr("filename", rest[2]);
                    ex.args = PyTuple.of(rest[0], rest[1]);
                }
                if (rest.length >= 5) {
                    ex.setAttr("filename2", rest[4]);
                }
            }
            return ex;
        });
        t.methodVar("__init__", (self, args, kw) -> PyNone.NONE);
        t.getset("errno", self -> e(self).attr("errno"), (self, v) -> e(self).setAttr("errno", v));
        t.getset("strerror", self -> e(self).attr("strerror"), (self, v) -> e(self).setAttr("strerror", v));
        t.getset("filename", self -> e(self).attr("filename"), (self, v) -> e(self).setAttr("filename", v));
        t.getset("filename2", self -> e(self).attr("filename2"), (self, v) -> e(self).setAttr("filename2", v));
        t.method("__str__", self -> {
            PyBaseException ex = e(self);
            PyObject fn = ex.attr("filename");
            PyObject fn2 = ex.attr("filename2");
            if (fn != PyNone.NONE) {
                String s = "[Errno " + Abstract.str(ex.attr("errno")).value + "] " + Abstract.str(ex.attr("strerror")).value
                        + ": " + Abstract.repr(fn).value;
                if (fn2 != PyNone.NONE) {
                    s += " -> " + Abstract.repr(fn2).value;
                }
                return PyStr.of(s);
            }
            if (ex.args.items.length == 2 && ex.attr("errno") != PyNone.NONE) {
                return PyStr.of("[Errno " + Abstract.str(ex.args.items[0]).value + "] " + Abstract.str(ex.args.items[1]).value);
            }
            PyTuple a = ex.args;
            return a.items.length == 0 ? PyStr.EMPTY : a.items.length == 1 ? Abstract.str(a.items[0]) : Abstract.str(a);
        });
    }

    private static PyType subclassFor(long errno) {
        return switch ((int) errno) {
            case 2 -> PyExc.FileNotFoundError;
            case 17 -> PyExc.FileExistsError;
            case 13, 1 -> PyExc.PermissionError;
            case 21 -> PyExc.IsADirectoryError;
            case 20 -> PyExc.NotADirectoryError;
            case 32 -> PyExc.BrokenPipeError;
            case 3 -> PyExc.ProcessLookupError;
            case 4 -> PyExc.InterruptedError;
            case 10 -> PyExc.ChildProcessError;
            case 110 -> PyExc.TimeoutError;
            case 11, 114, 115 -> PyExc.BlockingIOError;
            case 111 -> PyExc.ConnectionRefusedError;
            case 104 -> PyExc.ConnectionResetError;
            case 103 -> PyExc.ConnectionAbortedError;
            default -> PyExc.OSError;
        };
    }

    /** SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
    static void defineSyntaxError(PyType t) {
        t.methodVar("__init__", (self, args, kw) -> {
            PyBaseException ex = e(self);
            ex.args = PyTuple.of(Arrays.copyOf(args, args.length));
            if (args.length >= 1) {
                ex.setAttr("msg", args[0]);
            }
            if (args.length == 2) {
                PyObject[] info = Abstract.toArray(args[1]);
                String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
                for (int i = 0; i < info.length && i < names.length; i++) {
                    ex.setAttr(names[i], info[i]);
                }
            }
            return PyNone.NONE;
        });
        for (String name : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            t.getset(name, self -> e(self).attr(name), (self, v) -> e(self).setAttr(name, v));
        }
        t.method("__str__", self -> {
            PyBaseException ex = e(self);
            String msg = Abstract.str(ex.attr("msg")).value;
            PyObject fn = ex.attr("filename");
            PyObject line = ex.attr("lineno");
            if (fn instanceof PyStr f && line instanceof PyInt l) {
                String base = f.value.substring(f.value.lastIndexOf('/') + 1);
                return PyStr.of(msg + " (" + base + ", line " + l.v + ")");
            }
            if (line instanceof PyInt l) {
                return PyStr.of(msg + " (line " + l.v + ")");
            }
            return PyStr.of(msg);
        });
    }
}

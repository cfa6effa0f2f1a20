package org.gilpy.stdlib.io;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInstance;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * The {@code _io} base classes (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase). Their
 * methods are written against the object's own {@code read}/{@code readline}/{@code write}
 * and {@code closed}, so a Python class deriving from io.IOBase gets working iteration, context
 * management, readlines and writelines, as in CPython.
 */
final class IOBase {
    private IOBase() {}

    static final PyType UNSUPPORTED = unsupportedOperation();
    static final PyType IOBASE = PyType.builtin("_IOBase", PyBaseObject.TYPE, IOBase::defineBase);
    static final PyType RAW = PyType.builtin("_RawIOBase", IOBASE, t -> t.def("__module__", PyStr.of("_io")));
    static final PyType BUFFERED = PyType.builtin("_BufferedIOBase", IOBASE, t -> t.def("__module__", PyStr.of("_io")));
    static final PyType TEXT = PyType.builtin("_TextIOBase", IOBASE, t -> t.def("__module__", PyStr.of("_io")));

    private static final PyStr CLOSED = PyStr.intern("closed");
    private static final PyStr CLOSED_FLAG = PyStr.intern("__IOBase_closed");
    private static final PyStr READ = PyStr.intern("read");
    private static final PyStr READLINE = PyStr.intern("readline");
    private static final PyStr WRITE = PyStr.intern("write");
    private static final PyStr CLOSE = PyStr.intern("close");
    private static final PyStr FLUSH = PyStr.intern("flush");

    private static PyType unsupportedOperation() {
        PyDict ns = new PyDict();
        ns.setItem(Names.__module__, PyStr.of("io"));
        ns.setItem(Names.__qualname__, PyStr.of("UnsupportedOperation"));
        // CPython's bases are (OSError, ValueError); gilpy's layout check rejects two builtin
        // exception bases, so this is an OSError only until the interpreter accepts that pair
        return PyType.newHeapType(PyType.TYPE, "UnsupportedOperation", new PyType[] {PyExc.OSError}, ns);
    }

    static PyException unsupported(String what) {
        return new PyException(org.gilpy.objects.PyExc.instance(UNSUPPORTED, PyStr.of(what)));
    }

    static PyException closedError() {
        return PyExc.valueError("I/O operation on closed file.");
    }

    /** Whether a file object is closed, asking its own {@code closed} attribute. */
    static boolean isClosed(PyObject self) {
        return Abstract.getAttr(self, CLOSED).isTrue();
    }

    static void checkOpen(PyObject self) {
        if (isClosed(self)) {
            throw closedError();
        }
    }

    private static void defineBase(PyType t) {
        t.def("__module__", PyStr.of("_io"));
        t.constructor((unused, args, kw) -> new PyInstance((PyType) args[0]));
        t.getter("closed", self -> {
            PyDict d = self.getDict();
            return PyBool.of(d != null && d.getItem(CLOSED_FLAG) != null);
        });
        t.method("close", self -> {
            PyDict d = self.getDict();
            if (d != null && d.getItem(CLOSED_FLAG) == null) {
                try {
                    Abstract.invoke(self, FLUSH);
                } finally {
                    d.setItem(CLOSED_FLAG, PyBool.TRUE);
                }
            }
            return PyNone.NONE;
        });
        t.method("flush", self -> {
            checkOpen(self);
            return PyNone.NONE;
        });
        t.method("__enter__", self -> {
            checkOpen(self);
            return self;
        });
        t.methodVar("__exit__", (self, args, kw) -> {
            Abstract.invoke(self, CLOSE);
            return PyNone.NONE;
        });
        t.method("__iter__", self -> {
            checkOpen(self);
            return self;
        });
        t.method("__next__", self -> {
            PyObject line = Abstract.invoke(self, READLINE);
            if (Abstract.len(line) == 0) {
                throw PyExc.stopIteration();
            }
            return line;
        });
        for (String name : new String[] {"readable", "writable", "seekable", "isatty"}) {
            t.method(name, self -> {
                checkOpen(self);
                return PyBool.FALSE;
            });
        }
        t.method("fileno", self -> {
            throw unsupported("fileno");
        });
        t.methodVar("seek", (self, args, kw) -> {
            throw unsupported("seek");
        });
        t.method("tell", self -> Abstract.invoke(self, PyStr.intern("seek"), PyInt.of(0), PyInt.of(1)));
        t.methodVar("truncate", (self, args, kw) -> {
            throw unsupported("truncate");
        });
        t.methodVar("readline", (self, args, kw) -> genericReadline(self, limit("readline", args, kw)));
        t.methodVar("readlines", (self, args, kw) -> readlines(self, limit("readlines", args, kw)));
        t.method("writelines", (self, lines) -> {
            checkOpen(self);
            PyObject it = Abstract.iter(lines);
            for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
                Abstract.invoke(self, WRITE, line);
            }
            return PyNone.NONE;
        });
    }

    /** The optional size/hint argument of readline/readlines: None or an int, -1 meaning no limit. */
    static long limit(String fname, PyObject[] args, String[] kw) {
        Builtin.noKeywords(fname, kw);
        Builtin.range(fname, args, 0, 1);
        if (args.length == 0 || args[0] == PyNone.NONE) {
            return -1;
        }
        if (!(args[0] instanceof PyInt) && args[0].type().lookup(Names.__index__) == null) {
            throw PyExc.typeError("argument should be integer or None, not '%s'", args[0].type().name);
        }
        return Abstract.index(args[0]);
    }

    /** readline for a binary object that only has read(): one byte at a time up to b'\n'. */
    private static PyObject genericReadline(PyObject self, long limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyObject b = Abstract.invoke(self, READ, PyInt.of(1));
            byte[] bytes = Abstract.bytesOf(b);
            if (bytes.length == 0) {
                break;
            }
            out.write(bytes, 0, bytes.length);
            if (bytes[bytes.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** readlines(hint): lines until their total length reaches hint (all when hint <= 0). */
    static PyObject readlines(PyObject self, long hint) {
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        PyObject it = Abstract.iter(self);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            lines.add(line);
            total += Abstract.len(line);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return new PyList(lines);
    }
}

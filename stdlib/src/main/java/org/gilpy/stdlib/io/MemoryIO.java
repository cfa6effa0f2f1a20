package org.gilpy.stdlib.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * What StringIO and BytesIO share: an in-memory sequence (of chars or bytes) with a position,
 * and the methods that only move that position or cut the sequence. Subclasses say how items
 * are stored, sliced and where a line ends.
 */
abstract class MemoryIO extends PyObject {
    private final PyType type;
    private final PyDict dict = new PyDict();
    int pos;
    boolean closed;

    MemoryIO(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** Number of stored items. */
    abstract int length();

    /** Items [from, to) as a str or bytes. */
    abstract PyObject slice(int from, int to);

    /** The end (exclusive) of the line starting at from, or length() when there is no terminator. */
    abstract int lineEnd(int from);

    /** Cuts the stored sequence to size items. */
    abstract void cut(int size);

    /** The "closed file" message, which differs between StringIO and BytesIO. */
    abstract String closedMessage();

    /** Seek rules differ: StringIO allows only zero offsets relative to the current position or end. */
    abstract int seekTo(long offset, int whence);

    void checkOpen() {
        if (closed) {
            throw PyExc.valueError("%s", closedMessage());
        }
    }

    PyObject read(long size) {
        checkOpen();
        int n = length();
        int end = size < 0 ? n : (int) Math.min(n, pos + Math.min(size, Integer.MAX_VALUE));
        if (pos >= end) {
            return slice(0, 0);
        }
        PyObject r = slice(pos, end);
        pos = end;
        return r;
    }

    PyObject readline(long limit) {
        checkOpen();
        int n = length();
        if (pos >= n) {
            return slice(0, 0);
        }
        int end = lineEnd(pos);
        if (limit >= 0 && end - pos > limit) {
            end = (int) (pos + limit);
        }
        PyObject r = slice(pos, end);
        pos = end;
        return r;
    }

    private static final PyStr READLINE = PyStr.intern("readline");

    private static MemoryIO m(PyObject self) {
        return (MemoryIO) self;
    }

    /** The read size argument: None or an int. */
    private static long size(String fname, PyObject[] args, String[] kw) {
        return IOBase.limit(fname, args, kw);
    }

    static void defineCommon(PyType t) {
        t.def("__module__", PyStr.of("_io"));
        t.methodVar("read", (self, args, kw) -> m(self).read(size("read", args, kw)));
        t.methodVar("readline", (self, args, kw) -> m(self).readline(size("readline", args, kw)));
        t.methodVar("readlines", (self, args, kw) -> {
            m(self).checkOpen();
            return IOBase.readlines(self, size("readlines", args, kw));
        });
        t.method("__next__", self -> {
            PyObject line = self.type() == t ? m(self).readline(-1) : Abstract.invoke(self, READLINE);
            if (Abstract.len(line) == 0) {
                throw PyExc.stopIteration();
            }
            return line;
        });
        t.method("__iter__", self -> {
            m(self).checkOpen();
            return self;
        });
        t.method("tell", self -> {
            m(self).checkOpen();
            return PyInt.of(m(self).pos);
        });
        t.methodVar("seek", (self, args, kw) -> {
            Builtin.noKeywords("seek", kw);
            Builtin.range("seek", args, 1, 2);
            MemoryIO io = m(self);
            long offset = Abstract.index(args[0]);
            long whence = args.length == 2 ? Abstract.index(args[1]) : 0;
            io.checkOpen();
            if (whence < 0 || whence > 2) {
                throw PyExc.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            io.pos = io.seekTo(offset, (int) whence);
            return PyInt.of(io.pos);
        });
        t.methodVar("truncate", (self, args, kw) -> {
            Builtin.noKeywords("truncate", kw);
            Builtin.range("truncate", args, 0, 1);
            MemoryIO io = m(self);
            io.checkOpen();
            long size = args.length == 0 || args[0] == PyNone.NONE ? io.pos : Abstract.index(args[0]);
            if (size < 0) {
                throw PyExc.valueError("Negative size value %d", size);
            }
            if (size < io.length()) {
                io.cut((int) size);
            }
            return PyInt.of(size);
        });
        t.method("close", self -> {
            m(self).closed = true;
            return PyNone.NONE;
        });
        t.getter("closed", self -> PyBool.of(m(self).closed));
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            t.method(name, self -> {
                m(self).checkOpen();
                return PyBool.TRUE;
            });
        }
        t.method("flush", self -> {
            m(self).checkOpen();
            return PyNone.NONE;
        });
        t.method("isatty", self -> {
            m(self).checkOpen();
            return PyBool.FALSE;
        });
    }
}

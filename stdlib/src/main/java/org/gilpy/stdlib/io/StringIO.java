package org.gilpy.stdlib.io;

import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code io.StringIO}: text in memory. newline=None translates "\r\n" and "\r" to "\n" as text
 * is written; "\r" or "\r\n" replace each written "\n"; "" and "\n" store text as given.
 */
final class StringIO extends MemoryIO {
    static final PyType TYPE = PyType.builtin("StringIO", IOBase.TEXT, StringIO::define);

    private final StringBuilder text = new StringBuilder();
    /** The newline argument: null for None. */
    private String newline = "\n";

    StringIO(PyType type) {
        super(type);
    }

    private static StringIO s(PyObject self) {
        return (StringIO) self;
    }

    private static void define(PyType t) {
        defineCommon(t);
        t.constructor((unused, args, kw) -> new StringIO((PyType) args[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("StringIO", args, kw, new String[] {"initial_value", "newline"}, 0,
                    PyStr.EMPTY, PyStr.of("\n"));
            StringIO io = s(self);
            if (p[1] != PyNone.NONE && !(p[1] instanceof PyStr)) {
                throw PyExc.typeError("newline must be str or None, not %s", p[1].type().name);
            }
            String nl = p[1] == PyNone.NONE ? null : ((PyStr) p[1]).value;
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyExc.valueError("illegal newline value: %s", PyStr.repr(nl));
            }
            if (p[0] != PyNone.NONE && !(p[0] instanceof PyStr)) {
                throw PyExc.typeError("initial_value must be str or None, not %s", p[0].type().name);
            }
            io.newline = nl;
            io.text.setLength(0);
            io.pos = 0;
            if (p[0] instanceof PyStr init) {
                io.write(init.value);
                io.pos = 0;
            }
            return PyNone.NONE;
        });
        t.method("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw PyExc.typeError("string argument expected, got '%s'", s.type().name);
            }
            s(self).checkOpen();
            s(self).write(str.value);
            return PyInt.of(str.value.length());
        });
        t.method("getvalue", self -> {
            s(self).checkOpen();
            return PyStr.of(s(self).text.toString());
        });
        t.getter("line_buffering", self -> org.gilpy.objects.PyBool.FALSE);
        t.getter("newlines", self -> PyNone.NONE);
    }

    private void write(String s) {
        if (newline == null) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            s = s.replace("\n", newline);
        }
        if (pos > text.length()) {
            text.append("\0".repeat(pos - text.length()));
        }
        int end = Math.min(text.length(), pos + s.length());
        text.replace(pos, end, s);
        pos += s.length();
    }

    @Override
    int length() {
        return text.length();
    }

    @Override
    PyObject slice(int from, int to) {
        return PyStr.of(text.substring(from, to));
    }

    @Override
    int lineEnd(int from) {
        int n = text.length();
        if (newline != null && newline.isEmpty()) {
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return n;
        }
        String terminator = newline == null || newline.equals("\n") ? "\n" : newline;
        int at = text.indexOf(terminator, from);
        return at < 0 ? n : at + terminator.length();
    }

    @Override
    void cut(int size) {
        text.setLength(size);
    }

    @Override
    String closedMessage() {
        return "I/O operation on closed file";
    }

    @Override
    int seekTo(long offset, int whence) {
        if (whence == 0 && offset < 0) {
            throw PyExc.valueError("Negative seek position %d", offset);
        }
        if (whence != 0 && offset != 0) {
            throw PyExc.raise(PyExc.OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                    : "Can't do nonzero end-relative seeks");
        }
        return whence == 0 ? (int) Math.min(offset, Integer.MAX_VALUE) : whence == 1 ? pos : text.length();
    }
}

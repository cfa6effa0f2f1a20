package org.gilpy.stdlib.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Codecs;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code io.TextIOWrapper} over any binary file object (BytesIO, a binary open(), a Python
 * class): text is encoded on write and passed straight to the buffer; reading decodes what the
 * buffer returns, translating newlines when newline is None. Files opened with open() in text
 * mode are the builtins' own file objects, not this class.
 */
final class TextIOWrapper extends PyObject {
    static final PyType TYPE = PyType.builtin("TextIOWrapper", IOBase.TEXT, TextIOWrapper::define);

    private static final PyStr READ = PyStr.intern("read");
    private static final PyStr WRITE = PyStr.intern("write");
    private static final PyStr FLUSH = PyStr.intern("flush");
    private static final PyStr CLOSE = PyStr.intern("close");
    private static final PyStr CLOSED = PyStr.intern("closed");

    private final PyType type;
    private final PyDict dict = new PyDict();
    private PyObject buffer;
    private String encoding;
    private String errors;
    /** The newline argument, null for None. */
    private String newline;
    private boolean lineBuffering;
    /** Decoded text not yet returned by read/readline. */
    private String pending = "";

    private TextIOWrapper(PyType type) {
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

    private static TextIOWrapper w(PyObject self) {
        TextIOWrapper t = (TextIOWrapper) self;
        if (t.buffer == null) {
            throw PyExc.valueError("underlying buffer has been detached");
        }
        return t;
    }

    private static void define(PyType t) {
        t.def("__module__", PyStr.of("_io"));
        t.constructor((unused, args, kw) -> new TextIOWrapper((PyType) args[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("TextIOWrapper", args, kw, new String[] {"buffer", "encoding", "errors",
                "newline", "line_buffering", "write_through"}, 1, null, PyNone.NONE, PyNone.NONE, PyNone.NONE,
                    PyBool.FALSE, PyBool.FALSE);
            TextIOWrapper io = (TextIOWrapper) self;
            io.buffer = p[0];
            io.encoding = p[1] == PyNone.NONE ? "UTF-8" : Abstract.strArg(p[1], "TextIOWrapper");
            io.errors = p[2] == PyNone.NONE ? "strict" : Abstract.strArg(p[2], "TextIOWrapper");
            io.newline = p[3] == PyNone.NONE ? null : Abstract.strArg(p[3], "TextIOWrapper");
            if (io.newline != null && !io.newline.isEmpty() && !io.newline.equals("\n") && !io.newline.equals("\r")
                    && !io.newline.equals("\r\n")) {
                throw PyExc.valueError("illegal newline value: %s", PyStr.repr(io.newline));
            }
            io.lineBuffering = p[4].isTrue();
            return PyNone.NONE;
        });
        t.method("write", (self, s) -> {
            TextIOWrapper io = w(self);
            if (!(s instanceof PyStr str)) {
                throw PyExc.typeError("write() argument must be str, not %s", s.type().name);
            }
            io.checkOpen();
            String text = str.value;
            if (io.newline != null && !io.newline.isEmpty() && !io.newline.equals("\n")) {
                text = text.replace("\n", io.newline);
            }
            Abstract.invoke(io.buffer, WRITE, new PyBytes(Codecs.encode(text, io.encoding, io.errors)));
            if (io.lineBuffering && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
                Abstract.invoke(io.buffer, FLUSH);
            }
            return PyInt.of(str.value.length());
        });
        t.methodVar("read", (self, args, kw) -> w(self).read(IOBase.limit("read", args, kw)));
        t.methodVar("readline", (self, args, kw) -> w(self).readline(IOBase.limit("readline", args, kw)));
        t.method("__next__", self -> {
            PyStr line = w(self).readline(-1);
            if (line.value.isEmpty()) {
                throw PyExc.stopIteration();
            }
            return line;
        });
        t.method("flush", self -> {
            Abstract.invoke(w(self).buffer, FLUSH);
            return PyNone.NONE;
        });
        t.method("close", self -> {
            TextIOWrapper io = w(self);
            if (!Abstract.getAttr(io.buffer, CLOSED).isTrue()) {
                try {
                    Abstract.invoke(io.buffer, FLUSH);
                } finally {
                    Abstract.invoke(io.buffer, CLOSE);
                }
            }
            return PyNone.NONE;
        });
        t.getter("closed", self -> Abstract.getAttr(w(self).buffer, CLOSED));
        t.method("detach", self -> {
            TextIOWrapper io = w(self);
            Abstract.invoke(io.buffer, FLUSH);
            PyObject b = io.buffer;
            io.buffer = null;
            return b;
        });
        t.methodVar("seek", (self, args, kw) -> {
            TextIOWrapper io = w(self);
            io.pending = "";
            return Abstract.callKw(Abstract.getAttr(io.buffer, PyStr.intern("seek")), args, kw);
        });
        t.method("tell", self -> Abstract.invoke(w(self).buffer, PyStr.intern("tell")));
        for (String name : new String[] {"readable", "writable", "seekable", "isatty", "fileno"}) {
            t.method(name, self -> Abstract.invoke(w(self).buffer, PyStr.intern(name)));
        }
        t.getter("buffer", self -> w(self).buffer);
        t.getter("encoding", self -> PyStr.of(w(self).encoding));
        t.getter("errors", self -> PyStr.of(w(self).errors));
        t.getter("line_buffering", self -> PyBool.of(w(self).lineBuffering));
        t.getter("name", self -> Abstract.getAttr(w(self).buffer, PyStr.intern("name")));
        t.getter("newlines", self -> PyNone.NONE);
    }

    private void checkOpen() {
        if (Abstract.getAttr(buffer, CLOSED).isTrue()) {
            throw IOBase.closedError();
        }
    }

    /** Decodes everything the buffer has left into pending; false when it had nothing. */
    private boolean fill() {
        PyObject data = Abstract.invoke(buffer, READ);
        byte[] bytes = data == PyNone.NONE ? new byte[0] : Abstract.bytesOf(data);
        if (bytes.length == 0) {
            return false;
        }
        String text = Codecs.decode(bytes, encoding, errors);
        if (newline == null) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        pending += text;
        return true;
    }

    private PyStr read(long size) {
        checkOpen();
        while ((size < 0 || pending.length() < size) && fill()) {
            // keep reading
        }
        int n = size < 0 ? pending.length() : (int) Math.min(size, pending.length());
        String r = pending.substring(0, n);
        pending = pending.substring(n);
        return PyStr.of(r);
    }

    private PyStr readline(long limit) {
        checkOpen();
        int end;
        while ((end = lineEnd()) < 0 && fill()) {
            // keep reading
        }
        if (end < 0) {
            end = pending.length();
        }
        if (limit >= 0 && end > limit) {
            end = (int) limit;
        }
        String r = pending.substring(0, end);
        pending = pending.substring(end);
        return PyStr.of(r);
    }

    private int lineEnd() {
        String terminator = newline == null || newline.isEmpty() ? "\n" : newline;
        int at = pending.indexOf(terminator);
        return at < 0 ? -1 : at + terminator.length();
    }
}

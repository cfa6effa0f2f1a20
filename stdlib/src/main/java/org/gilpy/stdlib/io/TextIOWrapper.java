package org.gilpy.stdlib.io;

import java.util.Arrays;
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
    private static final PyStr READ1 = PyStr.intern("read1");
    private static final int CHUNK = 8192;
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
    /** Bytes read but not decoded yet, waiting for the rest of their character. */
    private byte[] undecoded = new byte[0];

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
            io.undecoded = new byte[0];
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

    /**
     * Decodes the buffer's next bytes into pending; false at the end. A buffer with read1 gives
     * one chunk at a time (as CPython's TextIOWrapper reads), so text over a socket or pipe is
     * decoded as it arrives rather than when the stream ends; bytes that may continue in the next
     * chunk (an incomplete UTF-8 sequence, a '\r' that may start "\r\n") wait for it.
     */
    private boolean fill() {
        PyObject read1 = Abstract.lookupAttr(buffer, READ1);
        PyObject data = read1 == null ? Abstract.invoke(buffer, READ) : Abstract.call(read1, PyInt.of(CHUNK));
        byte[] bytes = data == PyNone.NONE ? new byte[0] : Abstract.bytesOf(data);
        boolean atEnd = bytes.length == 0;
        if (atEnd && undecoded.length == 0) {
            return false;
        }
        byte[] all = undecoded.length == 0 ? bytes : concat(undecoded, bytes);
        int complete = atEnd ? all.length : completePrefix(all);
        undecoded = Arrays.copyOfRange(all, complete, all.length);
        String text = Codecs.decode(Arrays.copyOf(all, complete), encoding, errors);
        if (newline == null) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        pending += text;
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** How many leading bytes of data can be decoded now (the rest may continue in the next chunk). */
    private int completePrefix(byte[] data) {
        int end = data.length;
        if (newline == null && end > 0 && data[end - 1] == '\r') {
            end--;
        }
        if (!Codecs.isUtf8(encoding)) {
            return end;
        }
        for (int back = 1; back <= 3 && back <= end; back++) {
            int b = data[end - back] & 0xff;
            if (b >= 0xc0) {
                int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                return length > back ? end - back : end;
            }
            if (b < 0x80) {
                break;
            }
        }
        return end;
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

package org.gilpy.builtins;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * A file object over Java streams: the standard streams and what {@code open()} returns, in text
 * (UTF-8) or binary mode. Blocking reads and writes go through {@link Blocking} so that the GIL is
 * released while a thread waits on I/O.
 */
public final class PyFile extends PyIterator {
    public static final PyType TEXT_TYPE = PyType.builtin("_io.TextIOWrapper", PyBaseObject.TYPE, t -> define(t));
    public static final PyType BINARY_TYPE = PyType.builtin("_io.BufferedReader", PyBaseObject.TYPE, t -> define(t));

    private final String name;
    private final String mode;
    private final boolean binary;
    private final InputStream in;
    private final OutputStream out;
    private final boolean lineBuffered;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closed;

    private PyFile(String name, String mode, boolean binary, InputStream in, OutputStream out, boolean lineBuffered) {
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.in = in == null ? null : (in.markSupported() ? in : new BufferedInputStream(in));
        this.out = out;
        this.lineBuffered = lineBuffered;
    }

    public static PyFile forOutput(String name, OutputStream out, boolean buffered) {
        return new PyFile(name, "w", false, null, out, !buffered);
    }

    public static PyFile forInput(String name, InputStream in) {
        return new PyFile(name, "r", false, in, null, false);
    }

    public static PyFile open(String name, String mode, boolean binary, InputStream in, OutputStream out) {
        return new PyFile(name, mode, binary, in, out, false);
    }

    @Override
    public PyType type() {
        return binary ? BINARY_TYPE : TEXT_TYPE;
    }

    private static PyFile f(PyObject o) {
        return (PyFile) o;
    }

    private static void define(PyType t) {
        t.isBaseType = false;
        t.method("write", (self, s) -> PyInt.of(f(self).writeObject(s)));
        t.method("writelines", (self, lines) -> {
            PyObject it = org.gilpy.objects.Abstract.iter(lines);
            for (PyObject x = org.gilpy.objects.Abstract.next(it); x != null; x = org.gilpy.objects.Abstract.next(it)) {
                f(self).writeObject(x);
            }
            return PyNone.NONE;
        });
        t.method("flush", self -> {
            f(self).flush();
            return PyNone.NONE;
        });
        t.methodVar("read", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("read", args, kw, new String[] {"size"}, 0, PyInt.of(-1));
            long n = p[0] == PyNone.NONE ? -1 : ((PyInt) p[0]).longValue();
            return f(self).read(n);
        });
        t.methodVar("readline", (self, args, kw) -> f(self).readline());
        t.methodVar("readlines", (self, args, kw) -> {
            List<PyObject> lines = new ArrayList<>();
            for (PyObject l = f(self).next(); l != null; l = f(self).next()) {
                lines.add(l);
            }
            return new PyList(lines);
        });
        t.method("close", self -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.method("__enter__", self -> self);
        t.methodVar("__exit__", (self, args, kw) -> {
            f(self).close();
            return PyBool.FALSE;
        });
        t.method("__iter__", self -> self);
        t.method("__next__", self -> {
            PyObject l = f(self).next();
            if (l == null) {
                throw PyExc.stopIteration();
            }
            return l;
        });
        t.method("isatty", self -> PyBool.of(f(self).isatty()));
        t.method("fileno", self -> PyInt.of(f(self).name.equals("<stdin>") ? 0 : f(self).name.equals("<stdout>") ? 1
                : f(self).name.equals("<stderr>") ? 2 : 3));
        t.method("readable", self -> PyBool.of(f(self).in != null));
        t.method("writable", self -> PyBool.of(f(self).out != null));
        t.method("seekable", self -> PyBool.FALSE);
        t.getter("closed", self -> PyBool.of(f(self).closed));
        t.getter("name", self -> PyStr.of(f(self).name));
        t.getter("mode", self -> PyStr.of(f(self).mode));
        t.getter("encoding", self -> PyStr.of("utf-8"));
        t.getter("errors", self -> PyStr.of("strict"));
        t.getter("line_buffering", self -> PyBool.of(f(self).lineBuffered));
        t.method("__repr__", self -> PyStr.of("<" + self.type().name + " name='" + f(self).name + "' mode='"
                + f(self).mode + "' encoding='utf-8'>"));
    }

    private void checkOpen() {
        if (closed) {
            throw PyExc.valueError("I/O operation on closed file.");
        }
    }

    private int writeObject(PyObject s) {
        checkOpen();
        if (out == null) {
            throw PyExc.raise(ioUnsupported(), "not writable");
        }
        if (binary) {
            byte[] b = org.gilpy.objects.Abstract.bytesOf(s);
            pending.writeBytes(b);
            return b.length;
        }
        if (!(s instanceof PyStr str)) {
            throw PyExc.typeError("write() argument must be str, not %s", s.type().name);
        }
        write(str.value);
        return str.value.length();
    }

    private static PyType ioUnsupported() {
        return PyExc.OSError;
    }

    /** Appends text; line-buffered streams flush at a newline, others at 8 KiB. */
    public void write(String s) {
        pending.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        if ((lineBuffered && s.indexOf('\n') >= 0) || pending.size() >= 8192) {
            flush();
        }
    }

    public void flush() {
        if (out == null || pending.size() == 0) {
            return;
        }
        byte[] data = pending.toByteArray();
        pending.reset();
        Blocking.io(() -> {
            out.write(data);
            out.flush();
            return null;
        });
    }

    /** Flushes, ignoring a closed pipe (used at exit, where CPython also stays silent). */
    public void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            pending.reset();
        }
    }

    private void close() {
        if (closed) {
            return;
        }
        flush();
        closed = true;
        try {
            if (in != null && in != System.in) {
                in.close();
            }
            if (out != null && out != System.out && out != System.err) {
                out.close();
            }
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OSError, "%s", e.getMessage());
        }
    }

    private boolean isatty() {
        return (out == System.out || out == System.err || in == System.in) && System.console() != null;
    }

    private PyObject read(long n) {
        checkOpen();
        if (in == null) {
            throw PyExc.raise(PyExc.OSError, "not readable");
        }
        byte[] data = Blocking.io(() -> n < 0 ? in.readAllBytes() : in.readNBytes((int) n));
        return binary ? new PyBytes(data) : PyStr.of(new String(data, StandardCharsets.UTF_8));
    }

    /** One line including its newline, "" at end of file. */
    public PyObject readline() {
        checkOpen();
        if (in == null) {
            throw PyExc.raise(PyExc.OSError, "not readable");
        }
        byte[] line = Blocking.io(() -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                buf.write(c);
                if (c == '\n') {
                    break;
                }
            }
            return buf.toByteArray();
        });
        return binary ? new PyBytes(line) : PyStr.of(new String(line, StandardCharsets.UTF_8));
    }

    @Override
    public PyObject next() {
        PyObject l = readline();
        boolean empty = l instanceof PyStr s ? s.value.isEmpty() : ((PyBytes) l).bytes.length == 0;
        return empty ? null : l;
    }

}

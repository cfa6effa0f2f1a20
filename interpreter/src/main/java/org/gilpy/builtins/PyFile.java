package org.gilpy.builtins;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Codecs;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * A file object: the standard streams (over Java streams) and what {@code open()} returns (over a
 * RandomAccessFile, so it can seek), in binary mode or in text mode with an encoding, an errors
 * handler and CPython's newline translation. Reads and writes are buffered; a write after a read
 * (or the reverse) first settles the position, as CPython's BufferedRandom does. Blocking calls
 * go through {@link Blocking} so that the GIL is released while a thread waits on I/O.
 */
public final class PyFile extends PyIterator {
    public static final PyType TEXT_TYPE = PyType.builtin("TextIOWrapper", PyBaseObject.TYPE, PyFile::define);
    public static final PyType BINARY_TYPE = PyType.builtin("BufferedReader", PyBaseObject.TYPE, PyFile::define);
    private static final PyType BINARY_WRITER_TYPE = PyType.builtin("BufferedWriter", PyBaseObject.TYPE, PyFile::define);
    private static final PyType BINARY_RANDOM_TYPE = PyType.builtin("BufferedRandom", PyBaseObject.TYPE, PyFile::define);

    private static final int CHUNK = 8192;

    private final String name;
    private final String mode;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    private final boolean appending;
    private final String encoding;
    private final String errors;
    /** The newline argument: null (universal newlines), "", "\n", "\r" or "\r\n". */
    private final String newline;
    private final Buffering buffering;

    /** A disk file, or null for a stream. */
    private final RandomAccessFile file;
    private final InputStream in;
    private final OutputStream out;

    /** Written bytes not yet passed to the file or stream. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Bytes read ahead: rbuf[rpos:rlen] are the next ones. */
    private byte[] rbuf = new byte[0];
    private int rpos;
    private int rlen;
    /** Text mode: decoded text not yet returned, before newline translation (so tell() can count its bytes). */
    private final StringBuilder decoded = new StringBuilder();
    /** Text mode: decoded[dpos:] is the text not yet returned. */
    private int dpos;
    /** Text mode: the tail of the last chunk that ends inside a multi-byte character. */
    private byte[] carry = new byte[0];
    private boolean eof;
    private boolean closed;

    private PyFile(String name, String mode, boolean binary, String encoding, String errors, String newline,
            RandomAccessFile file, InputStream in, OutputStream out, Buffering buffering) {
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.file = file;
        this.in = in == null ? null : (in.markSupported() ? in : new BufferedInputStream(in));
        this.out = out;
        this.buffering = buffering;
        this.readable = file != null ? mode.contains("r") || mode.contains("+") : in != null;
        this.writable = file != null ? !mode.contains("r") || mode.contains("+") : out != null;
        this.appending = mode.contains("a");
    }

    /** When written text reaches the stream: CPython's line_buffering and write_through. */
    public enum Buffering {
        /** When the buffer fills, or on flush(). */
        BLOCK,
        /** Also at every newline (line_buffering). */
        LINE,
        /** At every write (write_through, as with python -u). */
        NONE
    }

    public static PyFile forOutput(String name, OutputStream out, Buffering buffering) {
        // the standard streams use newline="\n" (no translation), as CPython's create_stdio on POSIX
        return new PyFile(name, "w", false, "utf-8", "strict", "\n", null, null, out, buffering);
    }

    public static PyFile forInput(String name, InputStream in) {
        return new PyFile(name, "r", false, "utf-8", "strict", "\n", null, in, null, Buffering.BLOCK);
    }

    /** A file on disk, already opened with the access mode argument implies. */
    static PyFile open(String name, String mode, boolean binary, String encoding, String errors, String newline,
            RandomAccessFile file) {
        PyFile f = new PyFile(name, mode, binary, encoding, errors, newline, file, null, null, Buffering.BLOCK);
        if (f.appending) {
            Blocking.io(() -> {
                file.seek(file.length());
                return null;
            });
        }
        return f;
    }

    @Override
    public PyType type() {
        if (!binary) {
            return TEXT_TYPE;
        }
        return readable && writable ? BINARY_RANDOM_TYPE : writable ? BINARY_WRITER_TYPE : BINARY_TYPE;
    }

    private static PyFile f(PyObject o) {
        return (PyFile) o;
    }

    /** io.UnsupportedOperation, made on first use (the standard streams exist before the exception classes are ready). */
    private static final class Unsupported {
        static final PyType TYPE = make();

        private static PyType make() {
            PyDict ns = new PyDict();
            ns.setItem(Names.__module__, PyStr.of("io"));
            return PyType.newHeapType(PyType.TYPE, "UnsupportedOperation", new PyType[] {PyExc.OSError, PyExc.ValueError},
                    ns);
        }
    }

    /** What an operation the file cannot do raises: io.UnsupportedOperation, an OSError and a ValueError. */
    public static PyType unsupportedOperation() {
        return Unsupported.TYPE;
    }

    private static void define(PyType t) {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_io"));
        t.method("write", (self, s) -> PyInt.of(f(self).writeObject(s)));
        t.method("writelines", (self, lines) -> {
            PyObject it = Abstract.iter(lines);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                f(self).writeObject(x);
            }
            return PyNone.NONE;
        });
        t.method("flush", self -> {
            f(self).checkOpen();
            f(self).flush();
            return PyNone.NONE;
        });
        t.methodVar("read", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("read", args, kw, new String[] {"size"}, 0, PyInt.of(-1));
            return f(self).read(p[0] == PyNone.NONE ? -1 : Abstract.index(p[0]));
        });
        t.methodVar("readline", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("readline", args, kw, new String[] {"size"}, 0, PyInt.of(-1));
            return f(self).readline(p[0] == PyNone.NONE ? -1 : Abstract.index(p[0]));
        });
        t.methodVar("readlines", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("readlines", args, kw, new String[] {"hint"}, 0, PyInt.of(-1));
            long hint = p[0] == PyNone.NONE ? -1 : Abstract.index(p[0]);
            List<PyObject> lines = new ArrayList<>();
            long total = 0;
            for (PyObject l = f(self).next(); l != null; l = f(self).next()) {
                lines.add(l);
                total += Abstract.size(l);
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return new PyList(lines);
        });
        t.methodVar("seek", (self, args, kw) -> {
            Builtin.range("seek", args, 1, 2);
            return PyInt.of(f(self).seek(Abstract.index(args[0]), args.length == 2 ? (int) Abstract.index(args[1]) : 0));
        });
        t.method("tell", self -> PyInt.of(f(self).tell()));
        t.methodVar("truncate", (self, args, kw) -> {
            Builtin.range("truncate", args, 0, 1);
            return PyInt.of(f(self).truncate(args.length == 0 || args[0] == PyNone.NONE ? -1 : Abstract.index(args[0])));
        });
        t.method("close", self -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.method("__enter__", self -> {
            f(self).checkOpen();
            return self;
        });
        t.methodVar("__exit__", (self, args, kw) -> {
            f(self).close();
            return PyBool.FALSE;
        });
        t.method("__iter__", self -> {
            f(self).checkOpen();
            return self;
        });
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
        t.method("readable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).readable);
        });
        t.method("writable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).writable);
        });
        t.method("seekable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).file != null);
        });
        t.getter("closed", self -> PyBool.of(f(self).closed));
        t.getter("name", self -> PyStr.of(f(self).name));
        t.getter("mode", self -> PyStr.of(f(self).mode));
        t.getter("encoding", self -> PyStr.of(f(self).encoding));
        t.getter("errors", self -> PyStr.of(f(self).errors));
        t.getter("newlines", self -> PyNone.NONE);
        t.getter("line_buffering", self -> PyBool.of(f(self).buffering == Buffering.LINE));
        t.method("__repr__", self -> PyStr.of("<_io." + self.type().name + " name='" + f(self).name + "'"
                + (f(self).binary ? "" : " mode='" + f(self).mode + "' encoding='" + f(self).encoding + "'") + ">"));
    }

    private void checkOpen() {
        if (closed) {
            throw PyExc.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw PyExc.raise(unsupported(), "not readable");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw PyExc.raise(unsupported(), "not writable");
        }
    }

    private static PyType unsupported() {
        return unsupportedOperation();
    }

    // ------------------------------------------------------------------ writing

    private int writeObject(PyObject s) {
        if (binary) {
            checkWritable();
            if (!(s instanceof PyBytes || s instanceof PyByteArray || s instanceof PyMemoryView)) {
                throw PyExc.typeError("a bytes-like object is required, not '%s'", s.type().name);
            }
            byte[] b = Abstract.bytesOf(s);
            writeBytes(b);
            return b.length;
        }
        if (!(s instanceof PyStr str)) {
            throw PyExc.typeError("write() argument must be str, not %s", s.type().name);
        }
        write(str.value);
        return str.length();
    }

    /** Writes text (newline translation, encoding); flushes as the stream's buffering says. */
    public void write(String s) {
        if (binary) {
            throw PyExc.typeError("a bytes-like object is required, not 'str'");
        }
        checkWritable();
        String text = newline == null || newline.isEmpty() || newline.equals("\n") ? s : s.replace("\n", newline);
        writeBytes(Codecs.encode(text, encoding, errors));
        if (buffering == Buffering.NONE || buffering == Buffering.LINE && s.indexOf('\n') >= 0) {
            flush();
        }
    }

    private void writeBytes(byte[] b) {
        if (rlen > rpos || decoded.length() > dpos || carry.length > 0) {
            // reading ahead moved the file position: a binary file writes where reading stopped; a text
            // file, as CPython's TextIOWrapper, drops its decoded text and writes after what it decoded
            long pos = binary ? tell() : Blocking.io(file::getFilePointer) - (rlen - rpos);
            dropReadAhead();
            seekFile(pos);
        }
        pending.writeBytes(b);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    public void flush() {
        if (pending.size() == 0) {
            return;
        }
        byte[] data = pending.toByteArray();
        pending.reset();
        Blocking.io(() -> {
            if (file != null) {
                if (appending) {
                    file.seek(file.length());
                }
                file.write(data);
            } else if (out != null) {
                out.write(data);
                out.flush();
            }
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

    // ------------------------------------------------------------------ positioning

    private void seekFile(long pos) {
        Blocking.io(() -> {
            file.seek(pos);
            return null;
        });
    }

    private void dropReadAhead() {
        rpos = 0;
        rlen = 0;
        decoded.setLength(0);
        dpos = 0;
        carry = new byte[0];
        eof = false;
    }

    private void checkSeekable() {
        checkOpen();
        if (file == null) {
            throw PyExc.raise(unsupported(), "underlying stream is not seekable");
        }
    }

    private long tell() {
        checkSeekable();
        long filePos = Blocking.io(file::getFilePointer);
        if (pending.size() > 0) {
            return appending ? Blocking.io(file::length) + pending.size() : filePos + pending.size();
        }
        long ahead = rlen - rpos + carry.length;
        if (decoded.length() > dpos) {
            ahead += Codecs.encode(decoded.substring(dpos), encoding, errors).length;
        }
        return filePos - ahead;
    }

    private long seek(long offset, int whence) {
        checkSeekable();
        if (!binary && whence != 0 && offset != 0) {
            throw PyExc.raise(unsupported(), whence == 1 ? "can't do nonzero cur-relative seeks"
                    : "can't do nonzero end-relative seeks");
        }
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> tell();
            case 2 -> {
                flush();
                yield Blocking.io(file::length);
            }
            default -> throw PyExc.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        };
        long pos = base + offset;
        if (pos < 0) {
            throw PyExc.valueError(whence == 0 && !binary ? "negative seek position %d" : "negative seek position %d", pos);
        }
        flush();
        dropReadAhead();
        seekFile(pos);
        return pos;
    }

    private long truncate(long size) {
        checkSeekable();
        checkWritable();
        long pos = tell();
        long n = size < 0 ? pos : size;
        flush();
        dropReadAhead();
        Blocking.io(() -> {
            file.setLength(n);
            file.seek(pos);
            return null;
        });
        return n;
    }

    // ------------------------------------------------------------------ reading bytes

    /** Refills the read-ahead buffer; false at end of file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        flush();
        byte[] buf = new byte[CHUNK];
        int n = Blocking.io(() -> file != null ? file.read(buf) : in.read(buf, 0, buf.length));
        if (n <= 0) {
            eof = true;
            return false;
        }
        rbuf = buf;
        rpos = 0;
        rlen = n;
        return true;
    }

    /** Up to n bytes (all that is left for n < 0). */
    private byte[] readBytes(long n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (n < 0 || b.size() < n) {
            if (rpos >= rlen && !fill()) {
                break;
            }
            int take = n < 0 ? rlen - rpos : (int) Math.min(rlen - rpos, n - b.size());
            b.write(rbuf, rpos, take);
            rpos += take;
        }
        return b.toByteArray();
    }

    /** Bytes up to and including the next '\n' (at most limit bytes when limit >= 0). */
    private byte[] readLineBytes(long limit) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (limit < 0 || b.size() < limit) {
            if (rpos >= rlen && !fill()) {
                break;
            }
            byte c = rbuf[rpos++];
            b.write(c);
            if (c == '\n') {
                break;
            }
        }
        return b.toByteArray();
    }

    // ------------------------------------------------------------------ reading text

    /** Decodes one more chunk into {@code decoded}; false at end of file. */
    private boolean decodeMore() {
        if (rpos >= rlen && !fill()) {
            if (carry.length > 0) {
                byte[] rest = carry;
                carry = new byte[0];
                decoded.append(Codecs.decode(rest, encoding, errors));
                return true;
            }
            return false;
        }
        byte[] chunk = new byte[carry.length + rlen - rpos];
        System.arraycopy(carry, 0, chunk, 0, carry.length);
        System.arraycopy(rbuf, rpos, chunk, carry.length, rlen - rpos);
        rpos = rlen;
        int cut = completeLength(chunk);
        carry = java.util.Arrays.copyOfRange(chunk, cut, chunk.length);
        decoded.append(Codecs.decode(java.util.Arrays.copyOf(chunk, cut), encoding, errors));
        return true;
    }

    /** How much of chunk decodes on its own: not a multi-byte character cut at the end. */
    private int completeLength(byte[] chunk) {
        String e = encoding.toLowerCase().replace('_', '-');
        int n = chunk.length;
        if (e.startsWith("utf-16") || e.startsWith("utf16")) {
            return n - n % 2;
        }
        if (e.startsWith("utf-32") || e.startsWith("utf32")) {
            return n - n % 4;
        }
        if (!e.startsWith("utf-8") && !e.startsWith("utf8")) {
            return n;
        }
        // back up over a trailing incomplete UTF-8 sequence
        for (int back = 1; back <= 3 && back <= n; back++) {
            int c = chunk[n - back] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                return need > back ? n - back : n;
            }
        }
        return n;
    }

    /** Whether a '\r' in the text is (or may start) a line break that reading rewrites or keeps whole. */
    private boolean crMatters() {
        return newline == null || newline.isEmpty() || !newline.equals("\n");
    }

    /**
     * Takes up to n characters of text (all for n < 0), or one line (line true), translating
     * newlines as the newline argument says: None turns "\r\n" and "\r" into "\n".
     */
    private String takeText(long n, boolean line) {
        StringBuilder result = new StringBuilder();
        while (n < 0 || result.length() < n) {
            int avail = decoded.length() - dpos;
            // a '\r' at the end of what is decoded may be the first half of "\r\n": look further first
            if (avail == 0 || (avail == 1 && decoded.charAt(dpos) == '\r' && crMatters())) {
                if (decodeMore()) {
                    continue;
                }
                if (avail == 0) {
                    break;
                }
            }
            char c = decoded.charAt(dpos);
            if (c != '\r' && c != '\n') {
                // copy the run up to the next line break character in one step
                int end = dpos + 1;
                int limit = n < 0 ? decoded.length() : (int) Math.min(decoded.length(), dpos + n - result.length());
                while (end < limit && decoded.charAt(end) != '\r' && decoded.charAt(end) != '\n') {
                    end++;
                }
                result.append(decoded, dpos, end);
                dpos = end;
                continue;
            }
            boolean crlf = c == '\r' && dpos + 1 < decoded.length() && decoded.charAt(dpos + 1) == '\n';
            boolean lineEnd;
            if (c == '\n') {
                result.append('\n');
                dpos++;
                lineEnd = newline == null || newline.isEmpty() || newline.equals("\n");
            } else if (crlf && (newline == null || newline.isEmpty() || newline.equals("\r\n"))) {
                result.append(newline == null ? "\n" : "\r\n");
                dpos += 2;
                lineEnd = true;
            } else {
                result.append(newline == null ? '\n' : '\r');
                dpos++;
                lineEnd = newline == null || newline.isEmpty() || newline.equals("\r");
            }
            if (line && lineEnd) {
                break;
            }
        }
        if (dpos > CHUNK && dpos * 2 > decoded.length()) {
            decoded.delete(0, dpos);
            dpos = 0;
        }
        return result.toString();
    }

    private PyObject read(long n) {
        checkReadable();
        if (binary) {
            return new PyBytes(readBytes(n));
        }
        return PyStr.of(takeText(n, false));
    }

    /** One line including its newline, "" at end of file. */
    public PyObject readline() {
        return readline(-1);
    }

    private PyObject readline(long limit) {
        checkReadable();
        if (binary) {
            return new PyBytes(readLineBytes(limit));
        }
        return PyStr.of(takeText(limit, true));
    }

    @Override
    public PyObject next() {
        PyObject l = readline(-1);
        boolean empty = l instanceof PyStr s ? s.value.isEmpty() : ((PyBytes) l).bytes.length == 0;
        return empty ? null : l;
    }

    // ------------------------------------------------------------------ closing

    private void close() {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            try {
                if (file != null) {
                    file.close();
                }
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
    }

    private boolean isatty() {
        checkOpen();
        return (out == System.out || out == System.err || in == System.in) && System.console() != null;
    }
}

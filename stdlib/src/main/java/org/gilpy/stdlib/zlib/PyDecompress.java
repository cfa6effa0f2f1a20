package org.gilpy.stdlib.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * {@code zlib.Decompress} ({@code zlib.decompressobj()}): inflates a stream fed piece by piece.
 * For gzip it reads the header, checks the CRC-32 and length trailer; bytes after the end of the
 * stream go to {@code unused_data}, input left over because of {@code max_length} to
 * {@code unconsumed_tail}. Large inputs are inflated with the GIL released.
 */
final class PyDecompress extends PyObject {
    private static final String[] DECOMPRESS_PARAMS = {"data", "max_length"};
    private static final String[] FLUSH_PARAMS = {"length"};

    static final PyType TYPE = PyType.builtin("Decompress", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("zlib"));
        t.methodVar("decompress", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("decompress", args, kw, DECOMPRESS_PARAMS, 1, null, PyInt.of(0));
            long max = Abstract.index(a[1]);
            if (max < 0) {
                throw PyExc.valueError("max_length must be non-negative");
            }
            return new PyBytes(((PyDecompress) self).decompress(ZlibModule.bytesArg(a[0]), (int) Math.min(max, Integer.MAX_VALUE)));
        });
        t.methodVar("flush", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("flush", args, kw, FLUSH_PARAMS, 0, PyInt.of(ZlibModule.DEF_BUF_SIZE));
            if (Abstract.index(a[0]) <= 0) {
                throw PyExc.valueError("length must be greater than zero");
            }
            PyDecompress d = (PyDecompress) self;
            return new PyBytes(d.decompress(d.unconsumedTail, 0));
        });
        t.getter("unused_data", self -> new PyBytes(((PyDecompress) self).unusedData));
        t.getter("unconsumed_tail", self -> new PyBytes(((PyDecompress) self).unconsumedTail));
        t.getter("eof", self -> PyBool.of(((PyDecompress) self).eof));
    });

    private static final byte[] EMPTY = new byte[0];
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;
    /** gzipHeaderEnd: more bytes are needed. */
    private static final int INCOMPLETE = -1;

    private final PyType error;
    private final byte[] zdict;
    private Container container;
    private Inflater inflater;
    private final ByteArrayOutputStream gzipHeader = new ByteArrayOutputStream();
    private boolean headerDone;
    private final ByteArrayOutputStream gzipTrailer = new ByteArrayOutputStream();
    private final CRC32 crc = new CRC32();
    private long size;
    private byte[] unusedData = EMPTY;
    private byte[] unconsumedTail = EMPTY;
    private boolean eof;

    /** What a step done without the GIL produced: output, or zlib's complaint. */
    private record Step(byte[] output, String failure) {}

    PyDecompress(PyType error, Container container, byte[] zdict) {
        this.error = error;
        this.container = container;
        this.zdict = zdict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean isEof() {
        return eof;
    }

    byte[] decompress(byte[] data, int maxLength) {
        Step s = Blocking.compute(data.length, () -> {
            synchronized (this) {
                return step(data, maxLength);
            }
        });
        if (s.failure != null) {
            throw PyExc.raise(error, "%s", s.failure);
        }
        return s.output;
    }

    private static Step failed(String why) {
        return new Step(null, "Error -3 while decompressing data: " + why);
    }

    private Step step(byte[] data, int maxLength) {
        if (eof) {
            unusedData = concat(unusedData, data);
            return new Step(EMPTY, null);
        }
        if (container == Container.AUTO) {
            if (data.length == 0) {
                return new Step(EMPTY, null);
            }
            container = (data[0] & 0xff) == Container.GZIP_MAGIC1 ? Container.GZIP : Container.ZLIB;
        }
        if (inflater == null) {
            inflater = new Inflater(container != Container.ZLIB);
            if (container == Container.RAW && zdict != null) {
                inflater.setDictionary(zdict);
            }
        }
        byte[] input = data;
        if (container == Container.GZIP && !headerDone) {
            gzipHeader.writeBytes(data);
            byte[] header = gzipHeader.toByteArray();
            int end;
            try {
                end = gzipHeaderEnd(header);
            } catch (DataFormatException e) {
                return failed(e.getMessage());
            }
            if (end == INCOMPLETE) {
                return new Step(EMPTY, null);
            }
            headerDone = true;
            input = Arrays.copyOfRange(header, end, header.length);
        }
        byte[] output = EMPTY;
        if (!inflater.finished()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            inflater.setInput(input);
            byte[] buf = new byte[Math.max(1024, Math.min(input.length * 4, 1 << 16))];
            while (maxLength == 0 || out.size() < maxLength) {
                int want = maxLength == 0 ? buf.length : Math.min(buf.length, maxLength - out.size());
                int n;
                try {
                    n = inflater.inflate(buf, 0, want);
                } catch (DataFormatException e) {
                    return failed(e.getMessage());
                }
                if (n == 0 && inflater.needsDictionary()) {
                    if (zdict == null) {
                        return new Step(null, "Error 2 while decompressing data");
                    }
                    inflater.setDictionary(zdict);
                    continue;
                }
                out.write(buf, 0, n);
                if (n == 0 || inflater.finished()) {
                    break;
                }
            }
            output = out.toByteArray();
            if (container == Container.GZIP) {
                crc.update(output);
                size += output.length;
            }
            byte[] rest = Arrays.copyOfRange(input, input.length - inflater.getRemaining(), input.length);
            if (!inflater.finished()) {
                unconsumedTail = rest;
                return new Step(output, null);
            }
            unconsumedTail = EMPTY;
            input = rest;
        }
        if (container == Container.GZIP) {
            int take = Math.min(8 - gzipTrailer.size(), input.length);
            gzipTrailer.write(input, 0, take);
            input = Arrays.copyOfRange(input, take, input.length);
            if (gzipTrailer.size() < 8) {
                return new Step(output, null);
            }
            byte[] trailer = gzipTrailer.toByteArray();
            if (littleEndian(trailer, 0) != crc.getValue()) {
                return failed("incorrect data check");
            }
            if (littleEndian(trailer, 4) != (size & 0xffffffffL)) {
                return failed("incorrect length check");
            }
        }
        eof = true;
        inflater.end();
        unusedData = concat(unusedData, input);
        return new Step(output, null);
    }

    /** The length of the gzip header at the start of h (RFC 1952), or INCOMPLETE. */
    private static int gzipHeaderEnd(byte[] h) throws DataFormatException {
        if ((h.length >= 1 && (h[0] & 0xff) != Container.GZIP_MAGIC1)
                || (h.length >= 2 && (h[1] & 0xff) != Container.GZIP_MAGIC2)) {
            throw new DataFormatException("incorrect header check");
        }
        if (h.length >= 3 && h[2] != 8) {
            throw new DataFormatException("unknown compression method");
        }
        if (h.length < 10) {
            return INCOMPLETE;
        }
        int flags = h[3];
        int pos = 10;
        if ((flags & FEXTRA) != 0) {
            if (pos + 2 > h.length) {
                return INCOMPLETE;
            }
            pos += 2 + ((h[pos] & 0xff) | (h[pos + 1] & 0xff) << 8);
        }
        for (int field : new int[] {FNAME, FCOMMENT}) {
            if ((flags & field) != 0) {
                while (pos < h.length && h[pos] != 0) {
                    pos++;
                }
                if (pos >= h.length) {
                    return INCOMPLETE;
                }
                pos++;
            }
        }
        if ((flags & FHCRC) != 0) {
            pos += 2;
        }
        return pos > h.length ? INCOMPLETE : pos;
    }

    private static long littleEndian(byte[] b, int off) {
        return (b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

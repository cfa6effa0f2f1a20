package org.gilpy.stdlib.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * {@code zlib.Compress} ({@code zlib.compressobj()}): a deflate stream fed piece by piece, in a
 * zlib, raw or gzip container. Large inputs are compressed with the GIL released; the object's
 * monitor keeps two threads from using one stream at once.
 */
final class PyCompress extends PyObject {
    private static final String[] FLUSH_PARAMS = {"mode"};

    static final PyType TYPE = PyType.builtin("Compress", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("zlib"));
        t.method("compress", (self, data) -> new PyBytes(((PyCompress) self).compress(ZlibModule.bytesArg(data))));
        t.methodVar("flush", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("flush", args, kw, FLUSH_PARAMS, 0, PyInt.of(ZlibModule.Z_FINISH));
            return new PyBytes(((PyCompress) self).flush((int) Abstract.index(a[0])));
        });
    });

    private static final int GZIP_OS_UNIX = 3;

    private final PyType error;
    private final Deflater deflater;
    private final Container container;
    private final int level;
    private final CRC32 crc = new CRC32();
    private long inputSize;
    private boolean started;
    private boolean finished;

    PyCompress(PyType error, int level, Container container, int strategy, byte[] zdict) {
        this.error = error;
        this.level = level;
        this.container = container;
        this.deflater = new Deflater(level, container != Container.ZLIB);
        deflater.setStrategy(switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        });
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    byte[] compress(byte[] data) {
        checkOpen();
        return Blocking.compute(data.length, () -> {
            synchronized (this) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                start(out);
                if (container == Container.GZIP) {
                    crc.update(data);
                }
                inputSize += data.length;
                deflater.setInput(data);
                byte[] buf = new byte[Math.max(64, data.length / 2)];
                while (!deflater.needsInput()) {
                    out.write(buf, 0, deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
                }
                return out.toByteArray();
            }
        });
    }

    /** flush(mode): Z_NO_FLUSH does nothing, Z_SYNC_FLUSH/Z_FULL_FLUSH empty the stream, Z_FINISH ends it. */
    synchronized byte[] flush(int mode) {
        if (mode == ZlibModule.Z_NO_FLUSH) {
            return new byte[0];
        }
        checkOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        start(out);
        byte[] buf = new byte[1024];
        if (mode == ZlibModule.Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            if (container == Container.GZIP) {
                writeLittleEndian(out, crc.getValue());
                writeLittleEndian(out, inputSize);
            }
            deflater.end();
            finished = true;
        } else {
            int flush = mode == ZlibModule.Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    private void checkOpen() {
        if (finished) {
            throw PyExc.raise(error, "Error -2 while compressing data: inconsistent stream state");
        }
    }

    /** The gzip header, before the first output: no name, no time, the level's XFL, OS Unix. */
    private void start(ByteArrayOutputStream out) {
        if (started) {
            return;
        }
        started = true;
        if (container == Container.GZIP) {
            int xfl = level == 9 ? 2 : (level == 0 || level == 1 ? 4 : 0);
            out.writeBytes(new byte[] {(byte) Container.GZIP_MAGIC1, (byte) Container.GZIP_MAGIC2, 8, 0, 0, 0, 0, 0,
                (byte) xfl, GZIP_OS_UNIX});
        }
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }
}

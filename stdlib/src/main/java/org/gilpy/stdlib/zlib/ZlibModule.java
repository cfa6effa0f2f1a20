package org.gilpy.stdlib.zlib;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.Interpreter;

/**
 * {@code zlib} over the JDK's deflate (itself zlib): one-shot and streaming (de)compression in
 * the zlib, raw and gzip containers, and the crc32/adler32 checksums. Work on 2 KiB or more runs
 * with the GIL released, as CPython's zlib does.
 */
public final class ZlibModule implements ModuleDef {
    static final int Z_NO_FLUSH = 0;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int DEF_BUF_SIZE = 16384;
    private static final int MAX_WBITS = 15;
    private static final int DEFLATED = 8;
    private static final int DEF_MEM_LEVEL = 8;
    private static final String VERSION = "1.2.13";

    private static final String[] COMPRESS_PARAMS = {"data", "level", "wbits"};
    private static final String[] DECOMPRESS_PARAMS = {"data", "wbits", "bufsize"};
    private static final String[] COMPRESSOBJ_PARAMS = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
    private static final String[] DECOMPRESSOBJ_PARAMS = {"wbits", "zdict"};
    private static final String[] CHECKSUM_PARAMS = {"data", "value"};

    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib");
        PyDict ns = new PyDict();
        ns.setItem(Names.__module__, PyStr.of("zlib"));
        PyType error = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {PyExc.Exception}, ns);
        m.put("error", error);
        m.put("Compress", PyCompress.TYPE);
        m.put("Decompress", PyDecompress.TYPE);
        m.function("compress", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("compress", args, kw, COMPRESS_PARAMS, 1, null, PyInt.of(-1),
                    PyInt.of(MAX_WBITS));
            PyCompress c = compressor(error, a[1], PyInt.of(DEFLATED), a[2], PyInt.of(DEF_MEM_LEVEL), PyInt.of(0), null);
            byte[] head = c.compress(bytesArg(a[0]));
            return new PyBytes(concat(head, c.flush(Z_FINISH)));
        });
        m.function("decompress", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("decompress", args, kw, DECOMPRESS_PARAMS, 1, null, PyInt.of(MAX_WBITS),
                    PyInt.of(DEF_BUF_SIZE));
            if (Abstract.index(a[2]) < 0) {
                throw PyExc.valueError("bufsize must be non-negative");
            }
            PyDecompress d = decompressor(error, a[1], null);
            byte[] out = d.decompress(bytesArg(a[0]), 0);
            if (!d.isEof()) {
                throw PyExc.raise(error, "Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        });
        m.function("compressobj", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("compressobj", args, kw, COMPRESSOBJ_PARAMS, 0, PyInt.of(-1),
                    PyInt.of(DEFLATED), PyInt.of(MAX_WBITS), PyInt.of(DEF_MEM_LEVEL), PyInt.of(0), PyNone.NONE);
            return compressor(error, a[0], a[1], a[2], a[3], a[4], a[5]);
        });
        m.function("decompressobj", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("decompressobj", args, kw, DECOMPRESSOBJ_PARAMS, 0, PyInt.of(MAX_WBITS),
                    PyNone.NONE);
            return decompressor(error, a[0], a[1]);
        });
        m.function("crc32", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("crc32", args, kw, CHECKSUM_PARAMS, 1, null, PyInt.of(0));
            byte[] data = bytesArg(a[0]);
            long start = Abstract.indexInt(a[1]).bigValue().longValue();
            return PyInt.of(Blocking.compute(data.length, () -> Checksums.crc32(data, start)));
        });
        m.function("adler32", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("adler32", args, kw, CHECKSUM_PARAMS, 1, null, PyInt.of(1));
            byte[] data = bytesArg(a[0]);
            long start = Abstract.indexInt(a[1]).bigValue().longValue();
            return PyInt.of(Blocking.compute(data.length, () -> Checksums.adler32(data, start)));
        });
        m.put("MAX_WBITS", PyInt.of(MAX_WBITS));
        m.put("DEFLATED", PyInt.of(DEFLATED));
        m.put("DEF_MEM_LEVEL", PyInt.of(DEF_MEM_LEVEL));
        m.put("DEF_BUF_SIZE", PyInt.of(DEF_BUF_SIZE));
        String[] constants = {"Z_NO_COMPRESSION", "0", "Z_BEST_SPEED", "1", "Z_BEST_COMPRESSION", "9",
            "Z_DEFAULT_COMPRESSION", "-1", "Z_FILTERED", "1", "Z_HUFFMAN_ONLY", "2", "Z_RLE", "3", "Z_FIXED", "4",
            "Z_DEFAULT_STRATEGY", "0", "Z_NO_FLUSH", "0", "Z_PARTIAL_FLUSH", "1", "Z_SYNC_FLUSH", "2",
            "Z_FULL_FLUSH", "3", "Z_FINISH", "4", "Z_BLOCK", "5", "Z_TREES", "6"};
        for (int i = 0; i < constants.length; i += 2) {
            m.put(constants[i], PyInt.of(Integer.parseInt(constants[i + 1])));
        }
        m.put("ZLIB_VERSION", PyStr.of(VERSION));
        m.put("ZLIB_RUNTIME_VERSION", PyStr.of(VERSION));
        return m;
    }

    private static PyCompress compressor(PyType error, PyObject level, PyObject method, PyObject wbits,
                                         PyObject memLevel, PyObject strategy, PyObject zdict) {
        long lv = Abstract.index(level);
        Container container = Container.forCompression(Abstract.index(wbits));
        if (lv < -1 || lv > 9 || container == null) {
            throw PyExc.raise(error, "Bad compression level");
        }
        long mem = Abstract.index(memLevel);
        if (Abstract.index(method) != DEFLATED || mem < 1 || mem > 9) {
            throw PyExc.raise(error, "Invalid initialization option");
        }
        byte[] dict = zdict == null || zdict == PyNone.NONE ? null : bytesArg(zdict);
        return new PyCompress(error, (int) lv, container, (int) Abstract.index(strategy), dict);
    }

    private static PyDecompress decompressor(PyType error, PyObject wbits, PyObject zdict) {
        Container container = Container.forDecompression(Abstract.index(wbits));
        if (container == null) {
            throw PyExc.raise(error, "Error -2 while preparing to decompress data: inconsistent stream state");
        }
        byte[] dict = zdict == null || zdict == PyNone.NONE ? null : bytesArg(zdict);
        return new PyDecompress(error, container, dict);
    }

    static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        throw PyExc.typeError("a bytes-like object is required, not '%s'", o.type().name);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

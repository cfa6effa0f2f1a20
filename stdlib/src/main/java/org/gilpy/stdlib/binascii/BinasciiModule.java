package org.gilpy.stdlib.binascii;

import java.nio.charset.StandardCharsets;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.spi.ModuleDef;
import org.gilpy.stdlib.array.Buffers;
import org.gilpy.vm.Interpreter;

/**
 * {@code binascii}: conversions between binary data and ASCII encodings (hex, base64, uu,
 * quoted-printable) and the CRC-32 and CRC-CCITT checksums. The a2b_ functions also take ASCII
 * str; the b2a_ functions only bytes-like objects.
 */
public final class BinasciiModule implements ModuleDef {
    /** binascii.Error and binascii.Incomplete, shared by all interpreters as the builtin exceptions are. */
    static final PyType ERROR = PyType.builtin("Error", PyExc.ValueError, t -> t.def("__module__", PyStr.of("binascii")));
    static final PyType INCOMPLETE = PyType.builtin("Incomplete", PyExc.Exception,
            t -> t.def("__module__", PyStr.of("binascii")));

    private static final String[] A2B_BASE64_PARAMS = {"data", "strict_mode"};
    private static final String[] B2A_BASE64_PARAMS = {"data", "newline"};
    private static final String[] HEX_PARAMS = {"data", "sep", "bytes_per_sep"};
    private static final String[] UU_PARAMS = {"data", "backtick"};
    private static final String[] A2B_QP_PARAMS = {"data", "header"};
    private static final String[] B2A_QP_PARAMS = {"data", "quotetabs", "istext", "header"};
    private static final String[] CRC_PARAMS = {"data", "crc"};
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int[] CRC32_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
        }
    }

    @Override
    public String name() {
        return "binascii";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("binascii");
        m.put("Error", ERROR);
        m.put("Incomplete", INCOMPLETE);
        m.function("a2b_base64", (self, args, kw) -> {
            PyObject[] a = keywordOnlyAfterData("a2b_base64", args, kw, A2B_BASE64_PARAMS, PyBool.FALSE);
            return new PyBytes(Base64.decode(asciiData(a[0]), a[1].isTrue()));
        });
        m.function("b2a_base64", (self, args, kw) -> {
            PyObject[] a = keywordOnlyAfterData("b2a_base64", args, kw, B2A_BASE64_PARAMS, PyBool.TRUE);
            return new PyBytes(Base64.encode(Buffers.read(a[0]), a[1].isTrue()));
        });
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            m.function(name, (self, args, kw) -> {
                PyObject[] a = ArgParser.parse(name, args, kw, HEX_PARAMS, 1, null, PyNone.NONE, PyInt.of(1));
                return new PyBytes(hexlify(Buffers.read(a[0]), a[1], Abstract.index(a[2])));
            });
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            m.function(name, (self, args, kw) -> {
                PyObject[] a = ArgParser.parse(name, args, kw, new String[] {"hexstr"}, 1);
                return new PyBytes(unhexlify(asciiData(a[0])));
            });
        }
        m.function("a2b_uu", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("a2b_uu", args, kw, new String[] {"data"}, 1);
            return new PyBytes(Uu.decode(asciiData(a[0])));
        });
        m.function("b2a_uu", (self, args, kw) -> {
            PyObject[] a = keywordOnlyAfterData("b2a_uu", args, kw, UU_PARAMS, PyBool.FALSE);
            return new PyBytes(Uu.encode(Buffers.read(a[0]), a[1].isTrue()));
        });
        m.function("a2b_qp", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("a2b_qp", args, kw, A2B_QP_PARAMS, 1, null, PyBool.FALSE);
            return new PyBytes(QuotedPrintable.decode(asciiData(a[0]), a[1].isTrue()));
        });
        m.function("b2a_qp", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("b2a_qp", args, kw, B2A_QP_PARAMS, 1, null, PyBool.FALSE, PyBool.TRUE,
                    PyBool.FALSE);
            return new PyBytes(QuotedPrintable.encode(Buffers.read(a[0]), a[1].isTrue(), a[2].isTrue(),
                    a[3].isTrue()));
        });
        m.function("crc32", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("crc32", args, kw, CRC_PARAMS, 1, null, PyInt.of(0));
            return PyInt.of(crc32(Buffers.read(a[0]), Abstract.indexInt(a[1]).bigValue().intValue()) & 0xffffffffL);
        });
        m.function("crc_hqx", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("crc_hqx", args, kw, CRC_PARAMS, 2);
            return PyInt.of(crcHqx(Buffers.read(a[0]), Abstract.indexInt(a[1]).bigValue().intValue()));
        });
        return m;
    }

    /** (data, *, flag=dflt): the flag may only be given by keyword. */
    private static PyObject[] keywordOnlyAfterData(String fname, PyObject[] args, String[] kw, String[] names,
                                                   PyObject dflt) {
        int positional = args.length - (kw == null ? 0 : kw.length);
        if (positional > 1) {
            throw PyExc.typeError("%s() takes exactly 1 positional argument (%d given)", fname, positional);
        }
        return ArgParser.parse(fname, args, kw, names, 1, null, dflt);
    }

    /** An a2b_ argument: bytes-like, or a str of ASCII characters. */
    private static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            for (int i = 0; i < s.value.length(); i++) {
                if (s.value.charAt(i) >= 128) {
                    throw PyExc.valueError("string argument should contain only ASCII characters");
                }
            }
            return s.value.getBytes(StandardCharsets.ISO_8859_1);
        }
        if (!Buffers.isBytesLike(o)) {
            throw PyExc.typeError("argument should be bytes, buffer or ASCII string, not '%s'", o.type().name);
        }
        return Buffers.read(o);
    }

    /** Two hex digits per byte, with sep between groups of |perSep| bytes counted from the right (or, if negative, the left). */
    private static byte[] hexlify(byte[] data, PyObject sepArg, long perSep) {
        int sep = -1;
        if (sepArg != PyNone.NONE) {
            byte[] s = sepArg instanceof PyStr str ? str.value.getBytes(StandardCharsets.ISO_8859_1) : Buffers.read(sepArg);
            if (s.length != 1) {
                throw PyExc.valueError("sep must be length 1.");
            }
            if (sepArg instanceof PyStr str && str.value.charAt(0) >= 128) {
                throw PyExc.valueError("sep must be ASCII.");
            }
            sep = s[0] & 0xff;
        }
        long group = Math.abs(perSep);
        boolean separate = sep >= 0 && group > 0 && data.length > 0;
        int seps = separate ? (int) ((data.length - 1) / group) : 0;
        byte[] out = new byte[2 * data.length + seps];
        int o = 0;
        for (int i = 0; i < data.length; i++) {
            if (separate && i > 0) {
                long fromEdge = perSep > 0 ? data.length - i : i;
                if (fromEdge % group == 0) {
                    out[o++] = (byte) sep;
                }
            }
            out[o++] = HEX_DIGITS[(data[i] >> 4) & 15];
            out[o++] = HEX_DIGITS[data[i] & 15];
        }
        return out;
    }

    private static byte[] unhexlify(byte[] hex) {
        if (hex.length % 2 != 0) {
            throw PyExc.raise(ERROR, "Odd-length string");
        }
        byte[] out = new byte[hex.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hex[2 * i] < 0 ? -1 : Character.digit(hex[2 * i], 16);
            int lo = hex[2 * i + 1] < 0 ? -1 : Character.digit(hex[2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw PyExc.raise(ERROR, "Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** CRC-32 (as zlib's), continuing from the CRC of the data before. */
    static int crc32(byte[] data, int start) {
        int crc = ~start;
        for (byte b : data) {
            crc = CRC32_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
        }
        return ~crc;
    }

    /** CRC-CCITT (polynomial 0x1021, most significant bit first) from the given start, as binhex uses. */
    static int crcHqx(byte[] data, int start) {
        int crc = start & 0xffff;
        for (byte b : data) {
            crc ^= (b & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }
}

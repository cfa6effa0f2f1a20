package org.gilpy.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * str.encode / bytes.decode. The UTF and single-byte codecs Python programs use most are written
 * here so that error positions, reasons and the error handlers (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) match
 * CPython; any other encoding goes through the JDK's charset of that name.
 */
public final class Codecs {
    private Codecs() {}

    /** The codecs implemented here, with the name CPython's errors give them. */
    private enum Codec {
        UTF_8("utf-8"), UTF_8_SIG("utf-8-sig"), ASCII("ascii"), LATIN_1("latin-1"),
        UTF_16("utf-16"), UTF_16_LE("utf-16-le"), UTF_16_BE("utf-16-be"),
        UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be");

        final String pyName;

        Codec(String pyName) {
            this.pyName = pyName;
        }

        boolean isUtf() {
            return this != ASCII && this != LATIN_1;
        }

        /** Whether each code unit is a byte (surrogateescape can put raw bytes in the output). */
        boolean isByteOriented() {
            return this == ASCII || this == LATIN_1 || this == UTF_8 || this == UTF_8_SIG;
        }

        boolean canEncode(int cp) {
            return switch (this) {
                case ASCII -> cp < 0x80;
                case LATIN_1 -> cp < 0x100;
                default -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE;
            };
        }

        String encodeReason() {
            return switch (this) {
                case ASCII -> "ordinal not in range(128)";
                case LATIN_1 -> "ordinal not in range(256)";
                default -> "surrogates not allowed";
            };
        }
    }

    /** CPython's encodings.normalize_encoding plus the common aliases of the codecs above. */
    /** Whether encoding names UTF-8 (with or without its signature). */
    public static boolean isUtf8(String encoding) {
        Codec c = lookup(encoding);
        return c == Codec.UTF_8 || c == Codec.UTF_8_SIG;
    }

    private static Codec lookup(String encoding) {
        String e = encoding.strip().toLowerCase().replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> Codec.UTF_8;
            case "utf_8_sig", "utf8_sig" -> Codec.UTF_8_SIG;
            case "ascii", "us_ascii", "646", "us" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "iso8859_1", "iso_8859_1", "l1", "8859", "cp819" -> Codec.LATIN_1;
            case "utf_16", "utf16", "u16" -> Codec.UTF_16;
            case "utf_16_le", "utf_16le" -> Codec.UTF_16_LE;
            case "utf_16_be", "utf_16be" -> Codec.UTF_16_BE;
            case "utf_32", "utf32", "u32" -> Codec.UTF_32;
            case "utf_32_le", "utf_32le" -> Codec.UTF_32_LE;
            case "utf_32_be", "utf_32be" -> Codec.UTF_32_BE;
            default -> null;
        };
    }

    private static Charset javaCharset(String encoding) {
        try {
            return Charset.forName(encoding.strip().replace('_', '-'));
        } catch (IllegalArgumentException ex) {
            throw PyExc.raise(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                    "surrogateescape", "surrogatepass" -> { }
            default -> throw PyExc.raise(PyExc.LookupError, "unknown error handler name '%s'", errors);
        }
    }

    // ------------------------------------------------------------------ encoding

    public static byte[] encode(String s, String encoding, String errors) {
        Codec codec = lookup(encoding);
        if (codec == null) {
            return encodeWithJava(s, javaCharset(encoding), errors);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 4);
        switch (codec) {
            case UTF_8_SIG -> out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, 3);
            case UTF_16 -> out.write(new byte[] {(byte) 0xFF, (byte) 0xFE}, 0, 2);
            case UTF_32 -> out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, 0, 4);
            default -> { }
        }
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (codec.canEncode(cp)) {
                put(codec, out, cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i + 1;
            while (end < s.length() && !codec.canEncode(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            encodeError(codec, errors, s, i, end, out);
            i = end;
        }
        return out.toByteArray();
    }

    private static void put(Codec codec, ByteArrayOutputStream out, int cp) {
        switch (codec) {
            case ASCII, LATIN_1 -> out.write(cp);
            case UTF_8, UTF_8_SIG -> putUtf8(out, cp);
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                boolean le = codec != Codec.UTF_16_BE;
                if (cp >= 0x10000) {
                    putUnit16(out, Character.highSurrogate(cp), le);
                    putUnit16(out, Character.lowSurrogate(cp), le);
                } else {
                    putUnit16(out, cp, le);
                }
            }
            default -> {
                boolean le = codec != Codec.UTF_32_BE;
                for (int k = 0; k < 4; k++) {
                    out.write(cp >>> (8 * (le ? k : 3 - k)));
                }
            }
        }
    }

    private static void putUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    private static void putUnit16(ByteArrayOutputStream out, int unit, boolean le) {
        out.write(le ? unit : unit >> 8);
        out.write(le ? unit >> 8 : unit);
    }

    /** Applies the error handler to the unencodable s[start:end] (each char of it unencodable). */
    private static void encodeError(Codec codec, String errors, String s, int start, int end,
            ByteArrayOutputStream out) {
        checkHandler(errors);
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> s.substring(start, end).codePoints().forEach(cp -> put(codec, out, '?'));
            case "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                String r = replacementText(errors, s.substring(start, end));
                r.chars().forEach(c -> put(codec, out, c));
            }
            case "surrogateescape" -> {
                byte[] raw = new byte[end - start];
                for (int i = start; i < end; i++) {
                    char c = s.charAt(i);
                    if (c < 0xDC80 || c > 0xDCFF || !codec.isByteOriented()) {
                        throw encodeException(codec.pyName, s, start, end, codec.encodeReason());
                    }
                    raw[i - start] = (byte) (c - 0xDC00);
                }
                out.write(raw, 0, raw.length);
            }
            case "surrogatepass" -> {
                if (!codec.isUtf()) {
                    throw encodeException(codec.pyName, s, start, end, codec.encodeReason());
                }
                for (int i = start; i < end; i++) {
                    char c = s.charAt(i);
                    if (!Character.isSurrogate(c)) {
                        throw encodeException(codec.pyName, s, start, end, codec.encodeReason());
                    }
                    switch (codec) {
                        case UTF_8, UTF_8_SIG -> putUtf8(out, c);
                        case UTF_16, UTF_16_LE, UTF_16_BE -> putUnit16(out, c, codec != Codec.UTF_16_BE);
                        default -> put(codec, out, c);
                    }
                }
            }
            default -> throw encodeException(codec.pyName, s, start, end, codec.encodeReason());
        }
    }

    /** The text backslashreplace, xmlcharrefreplace or namereplace put in place of bad. */
    private static String replacementText(String errors, String bad) {
        StringBuilder sb = new StringBuilder();
        bad.codePoints().forEach(cp -> {
            if (errors.equals("xmlcharrefreplace")) {
                sb.append("&#").append(cp).append(';');
                return;
            }
            String name = errors.equals("namereplace") ? unicodeName(cp) : null;
            if (name != null) {
                sb.append("\\N{").append(name).append('}');
            } else {
                sb.append(escape(cp));
            }
        });
        return sb.toString();
    }

    /** The Unicode character name as unicodedata.name gives it, or null (controls, surrogates, private use). */
    private static String unicodeName(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
            return null;
        }
        String name = Character.getName(cp);
        if (name != null && name.startsWith("CJK UNIFIED IDEOGRAPHS ")) {
            return String.format("CJK UNIFIED IDEOGRAPH-%04X", cp);
        }
        return name;
    }

    /** A code point as a Python escape: \\xNN, \\uNNNN or \\UNNNNNNNN. */
    static String escape(int cp) {
        return cp <= 0xFF ? String.format("\\x%02x", cp)
                : cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private static byte[] encodeWithJava(String s, Charset cs, String errors) {
        checkHandler(errors);
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(Math.max(16, s.length() * 4));
        while (true) {
            CoderResult r = in.hasRemaining() ? enc.encode(in, buf, true) : enc.flush(buf);
            out.write(buf.array(), 0, buf.position());
            buf.clear();
            if (r.isError()) {
                int start = in.position();
                int end = start + r.length();
                in.position(end);
                String name = cs.name().toLowerCase();
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.write('?');
                    case "backslashreplace", "xmlcharrefreplace", "namereplace" ->
                            out.writeBytes(replacementText(errors, s.substring(start, end)).getBytes(cs));
                    default -> throw encodeException(name, s, start, end, "character maps to <undefined>");
                }
            } else if (!in.hasRemaining() && r.isUnderflow()) {
                enc.flush(buf);
                out.write(buf.array(), 0, buf.position());
                return out.toByteArray();
            }
        }
    }

    // ------------------------------------------------------------------ decoding

    public static String decode(byte[] b, String encoding, String errors) {
        Codec codec = lookup(encoding);
        if (codec == null) {
            return decodeWithJava(b, javaCharset(encoding), errors);
        }
        StringBuilder out = new StringBuilder(b.length);
        switch (codec) {
            case ASCII -> {
                for (int i = 0; i < b.length; i++) {
                    if (b[i] >= 0) {
                        out.append((char) b[i]);
                    } else {
                        decodeError(codec, errors, b, i, i + 1, "ordinal not in range(128)", out);
                    }
                }
            }
            case LATIN_1 -> {
                for (byte x : b) {
                    out.append((char) (x & 0xFF));
                }
            }
            case UTF_8, UTF_8_SIG -> {
                int start = codec == Codec.UTF_8_SIG && b.length >= 3 && (b[0] & 0xFF) == 0xEF
                        && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
                decodeUtf8(codec, b, start, errors, out);
            }
            case UTF_16, UTF_16_LE, UTF_16_BE -> decodeUtf16(codec, b, errors, out);
            default -> decodeUtf32(codec, b, errors, out);
        }
        return out.toString();
    }

    private static boolean isContinuation(byte[] b, int i) {
        return i < b.length && (b[i] & 0xC0) == 0x80;
    }

    /** CPython's UTF-8 decoder: the same error spans ("invalid continuation byte" covers the valid prefix). */
    private static void decodeUtf8(Codec codec, byte[] b, int from, String errors, StringBuilder out) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (need == 0) {
                i = decodeError(codec, errors, b, i, i + 1, "invalid start byte", out);
                continue;
            }
            // how many bytes after the lead are valid continuations (with the lead's range limits on the first)
            int valid = 0;
            for (int k = 1; k < need && i + k < b.length; k++) {
                int x = b[i + k] & 0xFF;
                boolean ok = (x & 0xC0) == 0x80;
                if (k == 1) {
                    ok &= !(c == 0xE0 && x < 0xA0) && !(c == 0xED && x >= 0xA0) && !(c == 0xF0 && x < 0x90)
                            && !(c == 0xF4 && x >= 0x90);
                }
                if (!ok) {
                    break;
                }
                valid++;
            }
            if (valid == need - 1) {
                int cp = c & (0xFF >> (need + 1));
                for (int k = 1; k < need; k++) {
                    cp = cp << 6 | (b[i + k] & 0x3F);
                }
                out.appendCodePoint(cp);
                i += need;
            } else if (i + 1 + valid >= b.length) {
                i = decodeError(codec, errors, b, i, b.length, "unexpected end of data", out);
            } else {
                i = decodeError(codec, errors, b, i, i + 1 + valid, "invalid continuation byte", out);
            }
        }
    }

    private static void decodeUtf16(Codec codec, byte[] b, String errors, StringBuilder out) {
        boolean le = codec != Codec.UTF_16_BE;
        int i = 0;
        if (codec == Codec.UTF_16 && b.length >= 2) {
            int bom = (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
            if (bom == 0xFFFE || bom == 0xFEFF) {
                le = bom == 0xFFFE;
                i = 2;
            }
        }
        while (i < b.length) {
            if (b.length - i < 2) {
                i = decodeError(codec, errors, b, i, b.length, "truncated data", out);
                continue;
            }
            char u = unit16(b, i, le);
            if (!Character.isSurrogate(u)) {
                out.append(u);
                i += 2;
            } else if (Character.isLowSurrogate(u)) {
                i = decodeError(codec, errors, b, i, i + 2, "illegal encoding", out);
            } else if (b.length - i < 4) {
                i = decodeError(codec, errors, b, i, b.length, "unexpected end of data", out);
            } else if (Character.isLowSurrogate(unit16(b, i + 2, le))) {
                out.append(u).append(unit16(b, i + 2, le));
                i += 4;
            } else {
                i = decodeError(codec, errors, b, i, i + 2, "illegal UTF-16 surrogate", out);
            }
        }
    }

    private static char unit16(byte[] b, int i, boolean le) {
        int lo = b[le ? i : i + 1] & 0xFF;
        int hi = b[le ? i + 1 : i] & 0xFF;
        return (char) (hi << 8 | lo);
    }

    private static void decodeUtf32(Codec codec, byte[] b, String errors, StringBuilder out) {
        boolean le = codec != Codec.UTF_32_BE;
        int i = 0;
        if (codec == Codec.UTF_32 && b.length >= 4) {
            long bom = unit32(b, 0, true);
            if (bom == 0xFEFF || bom == 0xFFFE0000L) {
                le = bom == 0xFEFF;
                i = 4;
            }
        }
        while (i < b.length) {
            if (b.length - i < 4) {
                i = decodeError(codec, errors, b, i, b.length, "truncated data", out);
                continue;
            }
            long cp = unit32(b, i, le);
            if (cp > Character.MAX_CODE_POINT) {
                i = decodeError(codec, errors, b, i, i + 4, "code point not in range(0x110000)", out);
            } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                i = decodeError(codec, errors, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)",
                        out);
            } else {
                out.appendCodePoint((int) cp);
                i += 4;
            }
        }
    }

    private static long unit32(byte[] b, int i, boolean le) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            v = v << 8 | (b[le ? i + 3 - k : i + k] & 0xFF);
        }
        return v;
    }

    /** Applies the error handler to the undecodable b[start:end]; returns where decoding resumes. */
    private static int decodeError(Codec codec, String errors, byte[] b, int start, int end, String reason,
            StringBuilder out) {
        checkHandler(errors);
        switch (errors) {
            case "ignore" -> {
                return end;
            }
            case "replace" -> {
                out.append('\uFFFD');
                return end;
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    out.append(String.format("\\x%02x", b[i] & 0xFF));
                }
                return end;
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if (b[i] >= 0) {
                        throw decodeException(codec.pyName, b, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    out.append((char) (0xDC00 + (b[i] & 0xFF)));
                }
                return end;
            }
            case "surrogatepass" -> {
                int resume = decodeSurrogate(codec, b, start, out);
                if (resume < 0) {
                    throw decodeException(codec.pyName, b, start, end, reason);
                }
                return resume;
            }
            default -> throw decodeException(codec.pyName, b, start, end, reason);
        }
    }

    /** surrogatepass: an encoded lone surrogate at b[start], appended; the resume index, or -1 if none is there. */
    private static int decodeSurrogate(Codec codec, byte[] b, int start, StringBuilder out) {
        switch (codec) {
            case UTF_8, UTF_8_SIG -> {
                if (start + 2 < b.length && (b[start] & 0xFF) == 0xED && (b[start + 1] & 0xE0) == 0xA0
                        && isContinuation(b, start + 2)) {
                    out.append((char) (0xD000 | (b[start + 1] & 0x3F) << 6 | (b[start + 2] & 0x3F)));
                    return start + 3;
                }
                return -1;
            }
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                if (start + 1 < b.length) {
                    char u = unit16(b, start, codec != Codec.UTF_16_BE);
                    if (Character.isSurrogate(u)) {
                        out.append(u);
                        return start + 2;
                    }
                }
                return -1;
            }
            case UTF_32, UTF_32_LE, UTF_32_BE -> {
                if (start + 3 < b.length) {
                    long cp = unit32(b, start, codec != Codec.UTF_32_BE);
                    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                        out.append((char) cp);
                        return start + 4;
                    }
                }
                return -1;
            }
            default -> {
                return -1;
            }
        }
    }

    private static String decodeWithJava(byte[] b, Charset cs, String errors) {
        checkHandler(errors);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer buf = CharBuffer.allocate(Math.max(16, b.length * 2));
        StringBuilder out = new StringBuilder();
        while (true) {
            CoderResult r = dec.decode(in, buf, true);
            out.append(buf.flip());
            buf.clear();
            if (r.isError()) {
                int start = in.position();
                int end = start + r.length();
                in.position(end);
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.append('\uFFFD');
                    case "backslashreplace" -> {
                        for (int i = start; i < end; i++) {
                            out.append(String.format("\\x%02x", b[i] & 0xFF));
                        }
                    }
                    default -> throw decodeException(cs.name().toLowerCase(), b, start, end,
                            "character maps to <undefined>");
                }
            } else if (!in.hasRemaining() && r.isUnderflow()) {
                dec.flush(buf);
                return out.append(buf.flip()).toString();
            }
        }
    }

    // ------------------------------------------------------------------ the exceptions

    /** start and end are UTF-16 offsets into s; the exception gives Python's code point positions. */
    public static PyException encodeException(String encoding, String s, int start, int end, String reason) {
        return new PyException(PyExc.instance(PyExc.UnicodeEncodeError, PyStr.of(encoding), PyStr.of(s),
                PyInt.of(s.codePointCount(0, start)), PyInt.of(s.codePointCount(0, end)), PyStr.of(reason)));
    }

    public static PyException decodeException(String encoding, byte[] b, int start, int end, String reason) {
        return new PyException(PyExc.instance(PyExc.UnicodeDecodeError, PyStr.of(encoding), new PyBytes(b.clone()),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }
}

package org.gilpy.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** str.encode / bytes.decode over the JDK's charsets, with Python's codec names and errors. */
public final class Codecs {
    private Codecs() {}

    static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8", "utf8", "u8":
                return StandardCharsets.UTF_8;
            case "ascii", "us-ascii":
                return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
                return StandardCharsets.ISO_8859_1;
            case "utf-16":
                return StandardCharsets.UTF_16;
            default:
                try {
                    return Charset.forName(e);
                } catch (UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException ex) {
                    throw PyExc.raise(PyExc.LookupError, "unknown encoding: %s", encoding);
                }
        }
    }

    public static byte[] encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        CharsetEncoder enc = cs.newEncoder();
        CodingErrorAction action = action(errors);
        enc.onMalformedInput(action).onUnmappableCharacter(action);
        if (errors.equals("replace")) {
            enc.replaceWith(new byte[] {'?'});
        }
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException ex) {
            int pos = firstUnencodable(s, cs);
            throw PyExc.raise(PyExc.UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %d: %s",
                    pythonName(cs), (int) s.charAt(pos), pos, cs == StandardCharsets.US_ASCII
                            ? "ordinal not in range(128)" : "ordinal not in range(256)");
        }
    }

    public static String decode(byte[] b, String encoding, String errors) {
        Charset cs = charset(encoding);
        CharsetDecoder dec = cs.newDecoder();
        CodingErrorAction action = action(errors);
        dec.onMalformedInput(action).onUnmappableCharacter(action);
        try {
            return dec.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException ex) {
            int pos = 0;
            while (pos < b.length && (b[pos] & 0x80) == 0) {
                pos++;
            }
            throw PyExc.raise(PyExc.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s",
                    pythonName(cs), b[Math.min(pos, b.length - 1)] & 0xff, pos,
                    cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : "invalid start byte");
        }
    }

    private static CodingErrorAction action(String errors) {
        return switch (errors) {
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> CodingErrorAction.REPORT;
        };
    }

    private static int firstUnencodable(String s, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        for (int i = 0; i < s.length(); i++) {
            if (!enc.canEncode(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String pythonName(Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            return "utf-8";
        }
        if (cs == StandardCharsets.US_ASCII) {
            return "ascii";
        }
        if (cs == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return cs.name().toLowerCase();
    }
}

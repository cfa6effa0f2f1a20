package org.gilpy.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Codec results, error spans and messages as python3.11 gives them for the same calls. */
class CodecsTest {
    @BeforeAll
    static void startRuntime() {
        new Interpreter(InterpreterConfig.defaults());
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String decodeError(byte[] b, String encoding) {
        PyException e = assertThrows(PyException.class, () -> Codecs.decode(b, encoding, "strict"));
        return e.value.message() + " " + e.value.attr("start") + " " + e.value.attr("end");
    }

    private static String encodeError(String s, String encoding) {
        PyException e = assertThrows(PyException.class, () -> Codecs.encode(s, encoding, "strict"));
        return e.value.message() + " " + e.value.attr("start") + " " + e.value.attr("end");
    }

    @Test
    void utf8DecodeErrorsSpanAsCPython() {
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte 0 1",
                decodeError(bytes(0xff), "utf-8"));
        assertEquals("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data 1 3",
                decodeError(bytes('a', 0xe2, 0x82), "utf-8"));
        assertEquals("'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte 0 1",
                decodeError(bytes(0xe2, '(', 0xa1), "utf-8"));
        assertEquals("'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte 0 1",
                decodeError(bytes(0xed, 0xa0, 0x80), "utf-8"));
        assertEquals("'utf-16-le' codec can't decode byte 0x69 in position 2: truncated data 2 3",
                decodeError(bytes('h', 0, 'i'), "utf-16-le"));
    }

    @Test
    void decodeHandlers() {
        assertEquals("a\uFFFD", Codecs.decode(bytes('a', 0xe2, 0x82), "utf-8", "replace"));
        assertEquals("\uFFFD(\uFFFD", Codecs.decode(bytes(0xe2, '(', 0xa1), "utf-8", "replace"));
        assertEquals("a\\xe2\\x82", Codecs.decode(bytes('a', 0xe2, 0x82), "utf-8", "backslashreplace"));
        assertEquals("ok\udcc3", Codecs.decode(bytes('o', 'k', 0xc3), "utf-8", "surrogateescape"));
        assertEquals("\ud800", Codecs.decode(bytes(0xed, 0xa0, 0x80), "utf-8", "surrogatepass"));
        assertEquals("hi", Codecs.decode(bytes(0xff, 0xfe, 'h', 0, 'i', 0), "utf-16", "strict"));
        assertEquals("x", Codecs.decode(bytes(0xef, 0xbb, 0xbf, 'x'), "utf-8-sig", "strict"));
    }

    @Test
    void encodeErrorsAndHandlers() {
        assertEquals("'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128) 1 2",
                encodeError("a\u20acb", "ascii"));
        assertEquals("'ascii' codec can't encode characters in position 1-2: ordinal not in range(128) 1 3",
                encodeError("a\u20ac\u20acb", "ascii"));
        assertEquals("'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed 0 1",
                encodeError("\ud800x", "utf-8"));
        assertArrayEquals(bytes('a', '?', 'b', '?', '?', 'c'), Codecs.encode("a\u20acb\u20ac\u20acc", "latin-1", "replace"));
        assertArrayEquals("a&#8364;".getBytes(), Codecs.encode("a\u20ac", "ascii", "xmlcharrefreplace"));
        assertArrayEquals("\\N{EURO SIGN}\\ud800".getBytes(), Codecs.encode("\u20ac\ud800", "ascii", "namereplace"));
        assertArrayEquals(bytes(0xed, 0xa0, 0x80), Codecs.encode("\ud800", "utf-8", "surrogatepass"));
        assertArrayEquals(bytes(0xff, 0x80), Codecs.encode("\udcff\udc80", "utf-8", "surrogateescape"));
        assertArrayEquals(bytes(0xff, 0xfe, 0, 0, 'h', 0, 0, 0), Codecs.encode("h", "utf-32", "strict"));
    }

    @Test
    void unknownNames() {
        assertEquals("unknown encoding: nope",
                assertThrows(PyException.class, () -> Codecs.decode(new byte[0], "nope", "strict")).value.message());
        assertEquals("unknown error handler name 'nope'",
                assertThrows(PyException.class, () -> Codecs.encode("\u20ac", "ascii", "nope")).value.message());
    }
}

package org.gilpy.stdlib.binascii;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** binascii's codecs against python3's results. */
class BinasciiTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "aGk=       => hi                => hi",
        "aGk==      => hi                => Excess data after padding",
        "!!aGk=     => hi                => Only base64 data is allowed",
        "a=Gk       => Incorrect padding => Discontinuous padding not allowed",
        "====       => ''                => Leading padding not allowed",
        "a===       => Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"
            + " => Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4",
        "aGVs=bG8=  => hello             => Discontinuous padding not allowed",
        "YQ==YQ==   => a                 => Excess data after padding",
    })
    void base64DecodingSloppyAndStrict(String input, String sloppy, String strict) {
        assertEquals(sloppy, decodeOrError(input, false));
        assertEquals(strict, decodeOrError(input, true));
    }

    private static String decodeOrError(String input, boolean strict) {
        try {
            return s(Base64.decode(b(input), strict));
        } catch (PyException e) {
            return Abstract.str(e.value).value;
        }
    }

    @Test
    void base64Encoding() {
        assertEquals("aGk=\n", s(Base64.encode(b("hi"), true)));
        assertEquals("", s(Base64.encode(new byte[0], false)));
        assertEquals("+//+", s(Base64.encode(new byte[] {(byte) 0xfb, (byte) 0xff, (byte) 0xfe}, false)));
    }

    @Test
    void checksums() {
        assertEquals(907060870L, BinasciiModule.crc32(b("hello"), 0) & 0xffffffffL);
        assertEquals(3088217944L, BinasciiModule.crc32(b("hello"), 123) & 0xffffffffL);
        assertEquals(50018, BinasciiModule.crcHqx(b("hello"), 0));
        assertEquals(53870, BinasciiModule.crcHqx(b("hello"), 0xffff));
    }

    @Test
    void uuAndQuotedPrintable() {
        assertEquals("%:&5L;&\\`\n", s(Uu.encode(b("hello"), true)));
        assertArrayEquals(b("hello"), Uu.decode(b("%:&5L;&\\\n")));
        assertEquals(32, Uu.decode(new byte[0]).length);
        assertThrows(PyException.class, () -> Uu.encode(new byte[46], false));
        assertEquals("hello=3Dworld=09\nline =E9", s(QuotedPrintable.encode(b("hello=world\t\nline \u00e9"), false, true,
                false)));
        assertEquals("=2E\n", s(QuotedPrintable.encode(b(".\n"), false, true, false)));
        assertEquals("hello=worldx\u00e9", s(QuotedPrintable.decode(b("hello=3Dworld=\nx=E9"), false)));
        assertEquals("a b", s(QuotedPrintable.decode(b("a_b"), true)));
    }
}

package org.gilpy.stdlib.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilpy.stdlib.Snippets;
import org.junit.jupiter.api.Test;

/** struct's layouts and messages, with the results python3 gives. */
class StructModuleTest {
    private static final String PRELUDE = """
            import struct
            def err(f, *a):
                try:
                    return f(*a)
                except Exception as e:
                    return f"{type(e).__name__}: {e}"
            """;

    @Test
    void halfFloatsRoundToNearestEven() {
        assertEquals(0x3c00, HalfFloat.pack(1.0));
        assertEquals(0x7bff, HalfFloat.pack(65504.0));
        assertEquals(0x7bff, HalfFloat.pack(65519.99));
        assertEquals(0x0001, HalfFloat.pack(6e-8));
        assertEquals(0x0000, HalfFloat.pack(2.98023223876953125e-08)); // half the smallest subnormal: ties to even
        assertEquals(0x0001, HalfFloat.pack(2.9802322387695316e-08));
        assertEquals(0x8000, HalfFloat.pack(-0.0));
        assertEquals(0x7e00, HalfFloat.pack(Double.NaN));
        assertEquals(65504.0, HalfFloat.unpack(0x7bff));
        assertEquals(6.103515625e-05, HalfFloat.unpack(0x0400));
        assertEquals(Double.POSITIVE_INFINITY, HalfFloat.unpack(0x7c00));
    }

    @Test
    void nativeAlignmentAndStandardSizes() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(struct.calcsize('@bhiqld'), struct.calcsize('<bhiqld'), struct.calcsize('bi0l'))", "32 27 8"},
            {"print(struct.pack('@bh', 1, 2), struct.pack('>3p', b'abcdef'), struct.unpack('5p', b'\\x09abcd'))",
                "b'\\x01\\x00\\x02\\x00' b'\\x02ab' (b'abcd',)"},
            {"print(err(struct.calcsize, '<n'), err(struct.calcsize, '3'), err(struct.pack, '0s'))",
                "error: bad char in struct format error: repeat count given without format specifier "
                    + "error: pack expected 1 items for packing (got 0)"},
        });
    }

    @Test
    void rangeMessagesDependOnByteOrder() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(err(struct.pack, '<h', 70000), err(struct.pack, '>h', 70000))",
                "error: short format requires -32768 <= number <= 32767 "
                    + "error: 'h' format requires -32768 <= number <= 32767"},
            {"print(err(struct.pack, '<H', -1), err(struct.pack, '>H', -1))",
                "error: ushort format requires 0 <= number <= 65535 error: argument out of range"},
            {"print(err(struct.pack, '<q', 2**63), err(struct.pack, '>q', 2**63), err(struct.pack, '<I', 2**40))",
                "error: argument out of range error: int too large to convert "
                    + "error: 'I' format requires 0 <= number <= 4294967295"},
            {"print(err(struct.pack, '<b', 1.5), err(struct.pack, '<f', 'x'), err(struct.pack, '<e', 1e6))",
                "error: required argument is not an integer error: required argument is not a float "
                    + "OverflowError: float too large to pack with e format"},
        });
    }

    @Test
    void buffersAndOffsets() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"b = bytearray(4); struct.pack_into('<h', b, -2, 5); print(b)", "bytearray(b'\\x00\\x00\\x05\\x00')"},
            {"print(err(struct.pack_into, '<h', bytearray(4), -1, 1))", "error: no space to pack 2 bytes at offset -1"},
            {"print(err(struct.unpack_from, '<h', b'abc', 2))",
                "error: unpack_from requires a buffer of at least 4 bytes for unpacking 2 bytes at offset 2 "
                    + "(actual buffer size is 3)"},
            {"from array import array; print(struct.unpack('<2h', array('h', [1, -2])))", "(1, -2)"},
        });
    }
}

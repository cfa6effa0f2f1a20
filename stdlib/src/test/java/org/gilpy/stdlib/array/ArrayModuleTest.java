package org.gilpy.stdlib.array;

import org.gilpy.stdlib.Snippets;
import org.junit.jupiter.api.Test;

/** array's conversions and messages, with the results python3 gives on 64-bit Linux. */
class ArrayModuleTest {
    private static final String PRELUDE = """
            from array import array
            def err(f, *a):
                try:
                    return f(*a)
                except Exception as e:
                    return f"{type(e).__name__}: {e}"
            """;

    @Test
    void itemsAreCheckedAsCPythonParsesThem() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(err(array, 'b', [300]), err(array, 'b', [2**32]))",
                "OverflowError: signed char is greater than maximum "
                    + "OverflowError: signed short integer is greater than maximum"},
            {"print(err(array, 'H', [-1]), err(array, 'I', [-1]), err(array, 'Q', [-1]), err(array, 'q', [2**63]))",
                "OverflowError: unsigned short is less than minimum "
                    + "OverflowError: can't convert negative value to unsigned int "
                    + "OverflowError: can't convert negative int to unsigned OverflowError: int too big to convert"},
            {"print(err(array, 'i', [1.5]), err(array, 'd', ['x']), err(array, 'u', [1]))",
                "TypeError: 'float' object cannot be interpreted as an integer TypeError: must be real number, not str "
                    + "TypeError: array item must be unicode character"},
            {"print(array('Q', [2**64 - 1]), array('f', [0.1])[0], array('f', [1e40]))",
                "array('Q', [18446744073709551615]) 0.10000000149011612 array('f', [inf])"},
        });
    }

    @Test
    void bytesLayoutAndConversions() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(array('h', [1, -2]).tobytes(), bytes(array('B', [65, 66])), array('i', b'\\x01\\x00\\x00\\x00'))",
                "b'\\x01\\x00\\xfe\\xff' b'AB' array('i', [1])"},
            {"a = array('h', [1, 256]); a.byteswap(); print(a, err(a.frombytes, b'\\x01'))",
                "array('h', [256, 1]) ValueError: bytes length not a multiple of item size"},
            {"u = array('u', 'hi'); u.fromunicode('!'); print(u, u.tounicode(), err(array('i').tounicode))",
                "array('u', 'hi!') hi! ValueError: tounicode() may only be called on unicode type arrays"},
        });
    }

    @Test
    void sequenceBehaviour() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"a = array('i', range(6)); print(a[1:4], a[::-2], a * 2 == a + a, 3 in a)",
                "array('i', [1, 2, 3]) array('i', [5, 3, 1]) True True"},
            {"a = array('i', [1, 2, 3]); a[1:2] = array('i', [7, 8]); del a[0]; print(a)", "array('i', [7, 8, 3])"},
            {"a = array('i', [1, 2]); print(err(a.__setitem__, slice(0, 1), [1]), err(a.__add__, array('d')))",
                "TypeError: can only assign array (not \"list\") to array slice "
                    + "TypeError: bad argument type for built-in operation"},
            {"print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) == array('d', [1.0]), array('b') == [])",
                "True True False"},
        });
    }
}

package org.gilpy.objects;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * format() of str, per value and spec. Expected results recorded from CPython 3.11;
 * the builders and adders are in {@link FormatCases}.
 */
class FormatStrTest extends FormatCases {
    @TestFactory
    List<DynamicTest> str1() {
        fs("", "#s", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("", " ", err("ValueError: Space not allowed in string format specifier"));
        fs("", "#", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("", "0<5", "00000");
        fs("", "1.1s", " ");
        fs("", "\000<4", "\000\000\000\000");
        fs("", ",s", err("ValueError: Cannot specify ',' with 's'."));
        fs("", "5", "     ");
        fs("", "x^8.1", "xxxxxxxx");
        fs("", ".2x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("", "zs", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("", "_", err("ValueError: Cannot specify '_' with 's'."));
        fs("", "s", "");
        fs("", ">10.2s", "          ");
        fs("a", "*^7", "***a***");
        fs("a", "#s", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("a", "d", err("ValueError: Unknown format code 'd' for object of type 'str'"));
        fs("a", "10.2", "a         ");
        fs("a", "010s", "a000000000");
        fs("a", "x^8.1", "xxxaxxxx");
        fs("a", "_", err("ValueError: Cannot specify '_' with 's'."));
        fs("a", ".99999999999", "a");
        fs("a", ".2", "a");
        fs("a", "0>5", "0000a");
        fs("a", "x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("a", ">5", "    a");
        fs("a", "1.1s", "a");
        fs("a", "<", "a");
        fs("abc", ">10.2s", "        ab");
        fs("abc", "-", err("ValueError: Sign not allowed in string format specifier"));
        fs("abc", ".2x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("abc", "^6", " abc  ");
        fs("abc", "10.", err("ValueError: Format specifier missing precision"));
        fs("abc", "3.5", "abc");
        fs("abc", "*^7", "**abc**");
        fs("abc", "x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("abc", "zs", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("abc", "z", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("abc", "0>5", "00abc");
        fs("abc", ">", "abc");
        fs("abc", ">5", "  abc");
        fs("abc", ",", err("ValueError: Cannot specify ',' with 's'."));
        fs("hello world", "0", "hello world");
        fs("hello world", "5", "hello world");
        fs("hello world", "x^8.1", "xxxhxxxx");
        fs("hello world", "10.", err("ValueError: Format specifier missing precision"));
        fs("hello world", "1.1s", "h");
        fs("hello world", "d", err("ValueError: Unknown format code 'd' for object of type 'str'"));
        fs("hello world", ".0", "");
        fs("hello world", "x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("hello world", "010s", "hello world");
        fs("hello world", "zs", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("hello world", "abc", err("ValueError: Invalid format specifier 'abc' for object of type 'str'"));
        fs("hello world", "+", err("ValueError: Sign not allowed in string format specifier"));
        fs("hello world", "05", "hello world");
        fs("hello world", "^", "hello world");
        fs("\u00e9", ".", err("ValueError: Format specifier missing precision"));
        fs("\u00e9", "x^8.1", "xxx\u00e9xxxx");
        fs("\u00e9", "^", "\u00e9");
        fs("\u00e9", "^6", "  \u00e9   ");
        fs("\u00e9", "z", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("\u00e9", "*^7", "***\u00e9***");
        fs("\u00e9", "^5", "  \u00e9  ");
        fs("\u00e9", ">10.2s", "         \u00e9");
        fs("\u00e9", "<5", "\u00e9    ");
        fs("\u00e9", "3.5", "\u00e9  ");
        fs("\u00e9", "=5", err("ValueError: '=' alignment not allowed in string format specifier"));
        fs("\u00e9", "d", err("ValueError: Unknown format code 'd' for object of type 'str'"));
        fs("\u00e9", "05", "\u00e90000");
        fs("\u00e9", "0=8", err("ValueError: '=' alignment not allowed in string format specifier"));
        fs("\u00fc\u20ac\ud83d\ude00", "10.2", "\u00fc\u20ac        ");
        fs("\u00fc\u20ac\ud83d\ude00", ">10.2s", "        \u00fc\u20ac");
        fs("\u00fc\u20ac\ud83d\ude00", ">>5", ">>\u00fc\u20ac\ud83d\ude00");
        fs("\u00fc\u20ac\ud83d\ude00", ".1", "\u00fc");
        fs("\u00fc\u20ac\ud83d\ude00", "05", "\u00fc\u20ac\ud83d\ude0000");
        fs("\u00fc\u20ac\ud83d\ude00", "*^7", "**\u00fc\u20ac\ud83d\ude00**");
        fs("\u00fc\u20ac\ud83d\ude00", "", "\u00fc\u20ac\ud83d\ude00");
        fs("\u00fc\u20ac\ud83d\ude00", "d", err("ValueError: Unknown format code 'd' for object of type 'str'"));
        fs("\u00fc\u20ac\ud83d\ude00", "0<5", "\u00fc\u20ac\ud83d\ude0000");
        fs("\u00fc\u20ac\ud83d\ude00", "x^8.1", "xxx\u00fcxxxx");
        fs("\u00fc\u20ac\ud83d\ude00", "\ud83d\ude00^7", "\ud83d\ude00\ud83d\ude00\u00fc\u20ac\ud83d\ude00\ud83d\ude00\ud83d\ude00");
        fs("\u00fc\u20ac\ud83d\ude00", "abc", err("ValueError: Invalid format specifier 'abc' for object of type 'str'"));
        fs("\u00fc\u20ac\ud83d\ude00", "<5", "\u00fc\u20ac\ud83d\ude00  ");
        fs("\u00fc\u20ac\ud83d\ude00", "0>5", "00\u00fc\u20ac\ud83d\ude00");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "=5", err("ValueError: '=' alignment not allowed in string format specifier"));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "+", err("ValueError: Sign not allowed in string format specifier"));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", ".", err("ValueError: Format specifier missing precision"));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "+s", err("ValueError: Sign not allowed in string format specifier"));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "05", "\ud83d\ude00\ud83d\ude00\ud83d\ude0000");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", ".2", "\ud83d\ude00\ud83d\ude00");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", ".0", "");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "^", "\ud83d\ude00\ud83d\ude00\ud83d\ude00");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "_", err("ValueError: Cannot specify '_' with 's'."));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", ".1", "\ud83d\ude00");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", ">>5", ">>\ud83d\ude00\ud83d\ude00\ud83d\ude00");
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", "#s", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("\ud83d\ude00\ud83d\ude00\ud83d\ude00", ">", "\ud83d\ude00\ud83d\ude00\ud83d\ude00");
        fs("a\tb", "x", err("ValueError: Unknown format code 'x' for object of type 'str'"));
        fs("a\tb", ".", err("ValueError: Format specifier missing precision"));
        fs("a\tb", "-", err("ValueError: Sign not allowed in string format specifier"));
        fs("a\tb", " ", err("ValueError: Space not allowed in string format specifier"));
        fs("a\tb", "10.2", "a\t        ");
        fs("a\tb", "0", "a\tb");
        fs("a\tb", "\ud83d\ude00^7", "\ud83d\ude00\ud83d\ude00a\tb\ud83d\ude00\ud83d\ude00");
        fs("a\tb", "*^7", "**a\tb**");
        fs("a\tb", "010s", "a\tb0000000");
        fs("a\tb", "x^8.1", "xxxaxxxx");
        fs("a\tb", "#", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("a\tb", ",s", err("ValueError: Cannot specify ',' with 's'."));
        fs("a\tb", "0>5", "00a\tb");
        fs("a\tb", "+s", err("ValueError: Sign not allowed in string format specifier"));
        fs("12345", "zs", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("12345", "^", "12345");
        fs("12345", "z", err("ValueError: Negative zero coercion (z) not allowed in string format specifier"));
        fs("12345", "^5", "12345");
        fs("12345", "#", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("12345", "10.", err("ValueError: Format specifier missing precision"));
        fs("12345", "#s", err("ValueError: Alternate form (#) not allowed in string format specifier"));
        fs("12345", "=5", err("ValueError: '=' alignment not allowed in string format specifier"));
        return tests;
    }

    @TestFactory
    List<DynamicTest> str2() {
        fs("12345", "0", "12345");
        fs("12345", ">10.2s", "        12");
        fs("12345", " ", err("ValueError: Space not allowed in string format specifier"));
        fs("12345", "010s", "1234500000");
        fs("12345", ".2", "12");
        fs("12345", ".1", "1");
        return tests;
    }
}

package org.gilpy.stdlib.re;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The translation of constructs whose meaning differs between Python and Java, checked by
 * matching with the translated pattern: each expected list is what
 * {@code [m.group() for m in re.finditer(pattern, text)]} gives in python3 (with Python's
 * escapes in the text spelled out).
 */
class JavaRegexTest {
    /** The successive (non-overlapping) matches of a Python pattern in text, as Java finds them. */
    private static List<String> matches(String pattern, String text) {
        RegexParser.Parsed parsed = RegexParser.parse(pattern, true, 0);
        Matcher m = JavaRegex.translate(parsed, true).compile().matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add("[" + m.group() + "]");
        }
        return out;
    }

    /** Reads the backslash escapes n, r, t, b, xhh and uhhhh, so the tables above stay printable. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'x', 'u' -> {
                    int n = e == 'x' ? 2 : 4;
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 1 + n), 16));
                    i += n;
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiterString = "=>", value = {
        // . excludes only \n; Java's would also exclude \r and \u2028
        ". => a\\nb\\r\\u2028 => [a] [b] [\\r] [\\u2028]",
        "(?s). => a\\n => [a] [\\n]",
        // $ matches before a final newline only, \Z only at the very end
        "a$ => a\\n => [a]",
        "a$ => a\\na => [a]",
        "a\\Z => a\\na => [a]",
        // MULTILINE ^ also matches after a final newline
        "(?m)^. => a\\nb => [a] [b]",
        // Python's \w is letters, numbers and _, not combining marks; \d is decimal digits
        "\\w+ => e\\u0301x ²_1 => [e] [x] [²_1]",
        "(?a)\\w+ => héllo => [h] [llo]",
        "\\d+ => 1²٣ => [1] [٣]",
        // Python's \s includes the information separators \x1c-\x1f
        "\\s => a\\x1cb\\xa0c\\u200bd => [\\x1c] [\\xa0]",
        "\\bb => ab b é => [b]",
        // sets: Java's nested classes and && are plain characters in Python
        "[a[] => a[b => [a] [[]",
        "[&&a] => &a => [&] [a]",
        "[^\\W\\d]+ => ab12cd => [ab] [cd]",
        "[\\b] => \\b => [\\b]",
        // {,n} means {0,n}; a { that starts no repeat is a literal
        "a{,2}x => aaax => [aax]",
        "a{x} => a{x} => [a{x}]",
        // a backreference followed by a digit
        "(a)\\1(?:0) => aa0 => [aa0]",
        "(a)(?(1)b|c) => ab c => [ab]",
        "(a)?(?(1)b|c) => ab c => [ab] [c]",
        "(?i)é => É => [É]",
        "(?i:a)b => Ab AB => [Ab]",
        "a++b => aab => [aab]",
    })
    void sameMatchesAsPython(String pattern, String text, String expected) {
        assertEquals(List.of(unescape(expected).split(" ")), matches(pattern, unescape(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "(a)(?:(b)|c)(?(2)x) => 1 2",
        "(a)(?(1)b)(c) => 1 3",
        "(?P<n>a)(?P=n) => 1",
        "((a)b)(c) => 1 2 3",
    })
    void pythonGroupsMapToJavaGroups(String pattern, String javaGroups) {
        RegexParser.Parsed parsed = RegexParser.parse(pattern, true, 0);
        int[] map = JavaRegex.translate(parsed, true).javaGroup();
        StringBuilder sb = new StringBuilder();
        for (int g = 1; g < map.length; g++) {
            sb.append(g == 1 ? "" : " ").append(map[g]);
        }
        assertEquals(javaGroups, sb.toString());
    }
}

package org.gilpy.stdlib.re;

import org.gilpy.stdlib.Snippets;
import org.junit.jupiter.api.Test;

/** re behaviour beyond the translation itself, each expected line printed by python3 for the same code. */
class ReSemanticsTest {
    private static final String PRELUDE = """
            import re
            def err(f, *a):
                try:
                    return f(*a)
                except Exception as e:
                    return f"{type(e).__name__}: {e}"
            """;

    @Test
    void emptyMatchesFollowCPythonsRule() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(re.findall(r'|a', 'a'))", "['', 'a', '']"},
            {"print(re.sub('x*', '-', 'abxd'))", "-a-b--d-"},
            {"print(re.split(r'\\b', 'a b'))", "['', 'a', ' ', 'b', '']"},
            {"print(re.findall(r'a*', 'baaac'))", "['', 'aaa', '', '']"},
            {"print(re.sub(r'(?m)^', '> ', 'a\\n'))", "> a\n> "},
        });
    }

    @Test
    void groupsAndLastindex() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)()', 'a').lastindex)", "1 2"},
            {"m = re.match(r'(?P<x>a)(?:(?P<y>b)|(?P<z>c))', 'ac'); print(m.lastgroup, m.groupdict(), m.span('y'))",
                "z {'x': 'a', 'y': None, 'z': 'c'} (-1, -1)"},
            {"print(re.match(r'(a)?(?(1)b|c)', 'c').group(), re.findall(r'(a)|b', 'ab'))", "c ['a', '']"},
            {"print(re.match('(a)(b)', 'ab').group(0, 2, 1), err(re.match('a', 'a').group, 1))",
                "('ab', 'b', 'a') IndexError: no such group"},
        });
    }

    @Test
    void posAndEndpos() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"p = re.compile(r'\\w+'); print(p.findall('ab cd ef', 1, 4), p.fullmatch('abcd', 1, 3))",
                "['b', 'c'] <re.Match object; span=(1, 3), match='bc'>"},
            {"print(re.compile('^b').search('ab', 1), re.compile('(?<=a)b').match('ab', 1).span())", "None (1, 2)"},
            {"print(re.compile('a$').search('ab', 0, 1).span())", "(0, 1)"},
        });
    }

    @Test
    void templatesAndReplacementFunctions() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(re.sub(r'(\\w+) (\\w+)', r'\\g<2> \\1', 'a b'), re.sub('a', r'\\.', 'a'))", "b a \\."},
            {"print(re.sub('(a)|(b)', r'[\\1\\2]', 'ab'), re.sub('a', lambda m: None, 'bab'))", "[a][b] bb"},
            {"print(err(re.sub, '(a)', r'\\g<2>', 'a'))", "error: invalid group reference 2 at position 3"},
            {"print(err(re.sub, 'a', lambda m: 1, 'a'))", "TypeError: sequence item 0: expected str instance, int found"},
            {"print(re.subn(r'\\d', '#', 'a1b2', 1))", "('a#b2', 1)"},
        });
    }

    @Test
    void longSubjectsOutgrowJavasRecursion() {
        // in a thread (a smaller stack than the main thread's), each iteration of the group recurses in Java
        Snippets.expectLines(PRELUDE, new String[][] {
            {"import threading; out = []; t = threading.Thread(target=lambda: out.append("
                + "len(re.match(r'(?:a|b)*', 'ab' * 300000).group()))); t.start(); t.join(); print(out)", "[600000]"},
        });
    }

    @Test
    void errorsAndReprs() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(err(re.compile, 'ab\\n(cd'))",
                "error: missing ), unterminated subpattern at position 3 (line 2, column 1)"},
            {"print(err(re.compile, 'a{4294967296}'), err(re.compile, 'x', re.A | re.U))",
                "OverflowError: the repetition number is too large ValueError: ASCII and UNICODE flags are incompatible"},
            {"print(re.compile(r'\\d', re.I | re.S), re.compile(b'x', re.A), re.I | re.M, ~re.I)",
                "re.compile('\\\\d', re.IGNORECASE|re.DOTALL) re.compile(b'x', re.ASCII) re.IGNORECASE|re.MULTILINE "
                    + "re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG"},
            {"print(err(re.match, 'a', b'a'), err(re.match, b'a', 'a'))",
                "TypeError: cannot use a string pattern on a bytes-like object "
                    + "TypeError: cannot use a bytes pattern on a string-like object"},
            {"print(re.escape('a-b c#d'), re.findall(rb'(?i)[a-z]+', b'Ab \\xe9'))", "a\\-b\\ c\\#d [b'Ab']"},
        });
    }
}

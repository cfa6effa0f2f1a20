package org.gilpy.stdlib.re;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patterns CPython 3.11 refuses, with the message and position python3 reports for each. */
class RegexParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "(unclosed => missing ), unterminated subpattern => 0",
        "a) => unbalanced parenthesis => 1",
        "*a => nothing to repeat => 0",
        "a|* => nothing to repeat => 2",
        "^* => nothing to repeat => 1",
        "a** => multiple repeat => 2",
        "x{1,2}{3} => multiple repeat => 6",
        "a{2,1} => min repeat greater than max repeat => 2",
        "[z-a] => bad character range z-a => 1",
        "[\\d-z] => bad character range \\d-z => 1",
        "[a => unterminated character set => 0",
        "[a- => unterminated character set => 0",
        "\\ => bad escape (end of pattern) => 0",
        "\\q => bad escape \\q => 0",
        "[\\A] => bad escape \\A => 1",
        "\\x1 => incomplete escape \\x1 => 0",
        "\\u12 => incomplete escape \\u12 => 0",
        "\\777 => octal escape value \\777 outside of range 0-0o377 => 0",
        "\\N{foo} => undefined character name 'foo' => 0",
        "\\8 => invalid group reference 8 => 1",
        "\\1(a) => invalid group reference 1 => 1",
        "(a\\1) => cannot refer to an open group => 2",
        "(?P<1a>x) => bad character in group name '1a' => 4",
        "(?P<a>x)(?P<a>y) => redefinition of group name 'a' as group 2; was group 1 => 12",
        "(?P=x) => unknown group name 'x' => 4",
        "(?P<a => missing >, unterminated name => 4",
        "(?P>x) => unknown extension ?P> => 1",
        "(?<x => unknown extension ?<x => 1",
        "(?z) => unknown extension ?z => 1",
        "(? => unexpected end of pattern => 2",
        "(?#abc => missing ), unterminated comment => 0",
        "(?i => missing -, : or ) => 3",
        "(?-i)a => missing : => 4",
        "(?i-i:a) => bad inline flags: flag turned on and off => 5",
        "(?-a:x) => bad inline flags: cannot turn off flags 'a', 'u' and 'L' => 4",
        "(?L)x => bad inline flags: cannot use 'L' flag with a str pattern => 3",
        "(?i)(?m)a|b(?s) => global flags not at the start of the expression => 11",
        "(?(1)a|b) => invalid group reference 1 => 3",
        "(?(0)b) => bad group number => 3",
        "(?(1)a|b|c) => conditional backref with more than two branches => 8",
    })
    void refusedWithCPythonsMessage(String pattern, String msg, int pos) {
        RegexParser.PatternError e = assertThrows(RegexParser.PatternError.class,
                () -> RegexParser.parse(pattern, true, 0));
        assertEquals(msg, e.msg);
        assertEquals(pos, e.pos);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {"(?<=a|bc)x", "(?<=a+)x", "(?<=a{1,2})"})
    void variableWidthLookbehindHasNoPosition(String pattern) {
        RegexParser.PatternError e = assertThrows(RegexParser.PatternError.class,
                () -> RegexParser.parse(pattern, true, 0));
        assertEquals("look-behind requires fixed-width pattern", e.msg);
        assertEquals(-1, e.pos);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "a => 0 => 32",
        "(?i)a => 0 => 34",
        "(?ix)a => 0 => 98",
        "(?a)a => 0 => 256",
        "a => 256 => 256",
    })
    void strPatternsGetUnicodeUnlessAscii(String pattern, int flags, int expected) {
        assertEquals(expected, RegexParser.parse(pattern, true, flags).flags());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "a{               ",
        "a{x}             ",
        "x{}              ",
        "a{1,2            ",
    })
    void braceThatIsNoRepeatIsLiteral(String pattern) {
        assertEquals(0, RegexParser.parse(pattern.strip(), true, 0).groups());
    }
}

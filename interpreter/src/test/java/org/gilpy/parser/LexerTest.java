package org.gilpy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.gilpy.grammar.PythonLexer;
import org.gilpy.grammar.PythonLexerBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token stream of PythonLexer + PythonLexerBase: layout, joining, literals and tokenizer errors. */
class LexerTest {

    /** Token names, with the text of names, numbers and strings: "NAME:x", "INDENT", ... */
    static List<String> tokens(String src) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(src));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            String name = t.getType() == Token.EOF ? "EOF" : PythonLexer.VOCABULARY.getSymbolicName(t.getType());
            int type = t.getType();
            if (type == PythonLexer.NAME || type == PythonLexer.NUMBER || type == PythonLexer.STRING) {
                name += ":" + t.getText();
            }
            out.add(name);
            if (type == Token.EOF) {
                return out;
            }
        }
    }

    static String joined(String src) {
        return String.join(" ", tokens(src));
    }

    static PythonLexerBase.TokenizerError lexError(String src) {
        return assertThrows(PythonLexerBase.TokenizerError.class, () -> tokens(src), src);
    }

    // ---- layout ----

    @Test
    void simpleLineGetsNewlineEvenWithoutOne() {
        assertEquals("NAME:x ASSIGN NUMBER:1 NEWLINE EOF", joined("x = 1"));
        assertEquals("NAME:x ASSIGN NUMBER:1 NEWLINE EOF", joined("x = 1\n"));
        assertEquals("EOF", joined(""));
        assertEquals("EOF", joined("\n\n   \n# comment only\n"));
    }

    @Test
    void indentAndDedent() {
        assertEquals("IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE EOF",
                joined("if x:\n    y\nz\n"));
    }

    @Test
    void dedentToSeveralLevelsAtOnce() {
        assertEquals("NAME:a COLON NEWLINE INDENT NAME:b COLON NEWLINE INDENT NAME:c COLON NEWLINE INDENT NAME:d "
                + "NEWLINE DEDENT DEDENT DEDENT NAME:e NEWLINE EOF", joined("a:\n b:\n  c:\n   d\ne\n"));
        assertEquals("NAME:a COLON NEWLINE INDENT NAME:b COLON NEWLINE INDENT NAME:c NEWLINE DEDENT NAME:d NEWLINE "
                + "DEDENT EOF", joined("a:\n    b:\n        c\n    d"));
    }

    @Test
    void dedentsAtEndOfFile() {
        assertEquals("NAME:a COLON NEWLINE INDENT NAME:b COLON NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT EOF",
                joined("a:\n  b:\n    c\n"));
    }

    @Test
    void blankAndCommentLinesDoNotCountForIndentation() {
        assertEquals("NAME:a COLON NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT EOF",
                joined("a:\n    b\n\n  # odd comment\n        \n\t\n    c\n"));
        assertEquals("NAME:a NEWLINE NAME:b NEWLINE EOF", joined("a  # trailing comment\nb"));
    }

    @Test
    void bracketsJoinLines() {
        assertEquals("NAME:x ASSIGN LPAR NUMBER:1 COMMA NUMBER:2 COMMA LSQB NUMBER:3 RSQB RPAR NEWLINE NAME:y NEWLINE EOF",
                joined("x = (1,\n        2,\n# c\n\n  [3\n]   )\ny\n"));
        assertEquals("NAME:f LPAR LBRACE NAME:a COLON NAME:b RBRACE RPAR NEWLINE EOF", joined("f({\na:\n    b})"));
    }

    @Test
    void backslashContinuation() {
        assertEquals("NAME:x ASSIGN NUMBER:1 PLUS NUMBER:2 NEWLINE NAME:y NEWLINE EOF", joined("x = 1 + \\\n    2\ny"));
        assertEquals("IF NAME:a COLON NEWLINE INDENT NAME:b ASSIGN NAME:c NEWLINE DEDENT EOF",
                joined("if a:\n    b = \\\nc\n"));
    }

    @Test
    void tabsIndent() {
        assertEquals("IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT EOF",
                joined("if x:\n\ty\n\tz\n"));
        // the same mix of spaces and tabs on every line is consistent
        assertEquals("IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT EOF",
                joined("if x:\n  \ty\n  \tz\n"));
    }

    @Test
    void formFeedResetsTheColumn() {
        assertEquals("NAME:a NEWLINE NAME:b NEWLINE EOF", joined("a\n    \fb\n"));
    }

    @Test
    void crlfLineEndings() {
        assertEquals("IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT EOF", joined("if x:\r\n    y\r\n"));
    }

    // ---- tokens ----

    @Test
    void operatorsAreLongestMatch() {
        assertEquals("DOUBLESTAREQUAL DOUBLESLASHEQUAL RIGHTSHIFTEQUAL LEFTSHIFTEQUAL ARROW COLONEQUAL ELLIPSIS "
                + "NOTEQUAL EQEQUAL LESSEQUAL GREATEREQUAL DOUBLESTAR DOUBLESLASH ATEQUAL AT DOT NEWLINE EOF",
                joined("**= //= >>= <<= -> := ... != == <= >= ** // @= @ ."));
    }

    @Test
    void keywordsAndSoftKeywords() {
        assertEquals("DEF NAME:match NAME:case NAME:_ NAME:print NAME:True_ TRUE NONE LAMBDA NEWLINE EOF",
                joined("def match case _ print True_ True None lambda"));
        assertEquals("NAME:\u00e9t\u00e9 NAME:x\u2118 NEWLINE EOF", joined("\u00e9t\u00e9 x\u2118"));
        assertError("x\u00b2 = 1", "SyntaxError", "invalid character '\u00b2' (U+00B2)", 1, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00", "0_0", "7", "1_000", "0x1F", "0XdeadBEEF", "0x_f", "0o17", "0O7_7", "0b1", "0B1_0",
            "1.5", "1.", ".5", "1e5", "1E-5", "1.5e+10", "1_0.0_1e1_0", "007.5", "0e0", "2j", "1.5J", "1e5j", ".5j", "09.5",
            "99999999999999999999999999"})
    void numbersAreOneToken(String number) {
        assertEquals(List.of("NUMBER:" + number, "NEWLINE", "EOF"), tokens(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a'", "\"a\"", "''", "'''a\n'b'\n'''", "\"\"\"a\"\"b\"\"\"", "'\\''", "'a\\\nb'", "r'\\\\'", "r'\\''", "R'x'",
            "b'x'", "B\"x\"", "rb'x'", "bR'x'", "Rb'x'", "BR'x'", "u'x'", "U'x'", "f'{x}'", "F'x'", "rf'x'", "fR'x'",
            "Rf'x'", "FR'x'", "f'{a[\"b\"]}'", "'''it's'''"})
    void stringsAreOneToken(String literal) {
        assertEquals(List.of("STRING:" + literal, "NEWLINE", "EOF"), tokens(literal));
    }

    @Test
    void adjacentStringsStaySeparateTokens() {
        assertEquals("STRING:'a' STRING:\"b\" STRING:f'c' NEWLINE EOF", joined("'a' \"b\" f'c'"));
        assertEquals("NAME:x STRING:'a' NEWLINE EOF", joined("x'a'"));      // 'x' is not a prefix
    }

    // ---- errors ----

    private static void assertError(String src, String kind, String msg, int line, int offset) {
        PythonLexerBase.TokenizerError e = lexError(src);
        assertEquals(kind + " " + msg + " " + line + ":" + offset, e.kind + " " + e.msg + " " + e.line + ":" + e.offset);
    }

    @Test
    void indentationErrors() {
        assertError("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4);
        assertError("if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);
        assertError("if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);
        assertError("if x:\n    a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);
    }

    @Test
    void stringErrors() {
        assertError("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
        assertError("x = rb\"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
        assertError("x = 1\ny = '''abc\n\nz\n", "SyntaxError",
                "unterminated triple-quoted string literal (detected at line 4)", 2, 5);
        assertError("x = \"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5);
    }

    @Test
    void bracketErrors() {
        assertError("x = ]", "SyntaxError", "unmatched ']'", 1, 5);
        assertError("x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7);
        assertError("x = {\n1)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '{' on line 1", 2, 2);
    }

    @Test
    void nestingLimitIsCPythons() {
        assertEquals(2 * 199 + 5, tokens("x = " + "(".repeat(199) + "1" + ")".repeat(199)).size());
        assertError("x = " + "(".repeat(201) + "1" + ")".repeat(201), "SyntaxError", "too many nested parentheses", 1, 205);
    }

    @Test
    void unclosedBracketIsRemembered() {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString("x = [1, (2,\n 3)\n"));
        while (lexer.nextToken().getType() != Token.EOF) {
            // read everything
        }
        assertEquals(new PythonLexerBase.OpenBracket('[', 1, 4), lexer.unclosedBracket());
        PythonLexer closed = new PythonLexer(CharStreams.fromString("x = [1]\n"));
        while (closed.nextToken().getType() != Token.EOF) {
            // read everything
        }
        assertNull(closed.unclosedBracket());
    }

    @Test
    void numberErrors() {
        assertError("x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5);
        assertError("x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6);
        assertError("x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7);
        assertError("x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8);
        assertError("x = 012", "SyntaxError",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5);
        assertError("x = 1_", "SyntaxError", "invalid decimal literal", 1, 6);
        assertError("x = 5jx", "SyntaxError", "invalid imaginary literal", 1, 6);
        // a keyword right after a number is allowed (with a warning in CPython)
        assertEquals("NUMBER:1 IF NAME:x ELSE NUMBER:2 NEWLINE EOF", joined("1if x else 2"));
        assertEquals("NUMBER:0b1 FOR NEWLINE EOF", joined("0b1for"));
        assertEquals("NUMBER:0x1f OR NEWLINE EOF", joined("0x1for"));   // as CPython: 'f' is a hex digit
    }

    @Test
    void characterErrors() {
        assertError("x = \u20ac", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 5);
        assertError("x = a\u00a0b", "SyntaxError", "invalid non-printable character U+00A0", 1, 6);
        assertError("x = a\\ b", "SyntaxError", "unexpected character after line continuation character", 1, 7);
        assertError("x = 1 + \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 10);
    }
}

package org.gilpy.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The hand-written half of gilpy's tokenizer: turns the raw tokens of {@code PythonLexer} into
 * the stream Python's grammar expects. It
 * <ul>
 *   <li>drops line breaks inside brackets (implicit line joining) and on blank lines,</li>
 *   <li>emits INDENT and DEDENT from the indentation of each logical line, with CPython's
 *       IndentationError and TabError checks (columns measured with tab size 8 and 1),</li>
 *   <li>ends the last logical line with a NEWLINE even when the file does not,</li>
 *   <li>tracks brackets for CPython's "unmatched ')'" and "does not match" errors and remembers
 *       the innermost bracket left open at the end, for "'(' was never closed",</li>
 *   <li>reports the tokenizer's own errors (unterminated strings, bad numbers, stray
 *       characters) as {@link TokenizerError}.</li>
 * </ul>
 */
public abstract class PythonLexerBase extends Lexer {

    /** An error found while tokenizing, worded as CPython's tokenizer words it. */
    public static final class TokenizerError extends RuntimeException {
        /** "SyntaxError", "IndentationError" or "TabError". */
        public final String kind;
        public final String msg;
        /** 1-based line. */
        public final int line;
        /** 1-based column of the caret. */
        public final int offset;
        public final int endLine;
        /** 1-based end column, or 0 when unknown. */
        public final int endOffset;

        public TokenizerError(String kind, String msg, int line, int offset, int endLine, int endOffset) {
            super(kind + ": " + msg + " (line " + line + ")", null, false, false);
            this.kind = kind;
            this.msg = msg;
            this.line = line;
            this.offset = offset;
            this.endLine = endLine;
            this.endOffset = endOffset;
        }
    }

    /** A bracket still open: its character and where it stands (line 1-based, column 0-based). */
    public record OpenBracket(char bracket, int line, int col) {}

    /** CPython's tokenizer limit on open brackets. */
    private static final int MAX_NESTING = 200;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final List<int[]> indents = new ArrayList<>();   // {col, altcol}
    private final List<OpenBracket> brackets = new ArrayList<>();
    private boolean atLineStart = true;
    private boolean done;
    private OpenBracket unclosed;
    private Token lastRaw;

    protected PythonLexerBase(CharStream input) {
        super(input);
        indents.add(new int[] {0, 0});
    }

    /** The innermost bracket left open at the end of input, or null. Valid once EOF was returned. */
    public OpenBracket unclosedBracket() {
        return unclosed;
    }

    /** The number of brackets open right now (while tokens are being read). */
    public int bracketDepth() {
        return brackets.size();
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        indents.add(new int[] {0, 0});
        brackets.clear();
        atLineStart = true;
        done = false;
        unclosed = null;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            fill();
        }
        return pending.poll();
    }

    private void fill() {
        if (done) {
            pending.add(makeToken(Token.EOF, "<EOF>", _input.index(), _input.index() - 1));
            return;
        }
        Token t = super.nextToken();
        Token before = lastRaw;
        lastRaw = t;
        int type = t.getType();
        if (type == PythonLexer.LINE_JOIN) {
            return;
        }
        if (type == PythonLexer.NEWLINE) {
            if (brackets.isEmpty() && !atLineStart) {
                atLineStart = true;
                pending.add(t);
            }
            return;
        }
        if (type == Token.EOF) {
            done = true;
            if (before != null && before.getType() == PythonLexer.LINE_JOIN) {
                throw new TokenizerError("SyntaxError", "unexpected EOF while parsing", before.getLine(),
                        before.getCharPositionInLine() + 2, before.getLine(), -1);
            }
            if (!brackets.isEmpty()) {
                unclosed = brackets.get(brackets.size() - 1);
                pending.add(t);
                return;
            }
            int idx = t.getStartIndex();
            if (!atLineStart) {
                pending.add(makeToken(PythonLexer.NEWLINE, "", idx, idx - 1, t.getLine(), t.getCharPositionInLine()));
            }
            for (int i = indents.size() - 1; i > 0; i--) {
                pending.add(makeToken(PythonLexer.DEDENT, "", idx, idx - 1, t.getLine(), t.getCharPositionInLine()));
            }
            indents.subList(1, indents.size()).clear();
            atLineStart = true;
            pending.add(t);
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            indent(t);
        }
        switch (type) {
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> {
                if (brackets.size() >= MAX_NESTING) {
                    throw syntaxAt("too many nested parentheses", t.getLine(), t.getCharPositionInLine() + 1);
                }
                brackets.add(new OpenBracket(t.getText().charAt(0), t.getLine(), t.getCharPositionInLine()));
            }
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(t);
            case PythonLexer.NUMBER -> checkNumberEnd(t);
            case PythonLexer.NAME -> checkName(t);
            case PythonLexer.ERRORTOKEN -> errorToken(t, before);
            default -> { }
        }
        pending.add(t);
    }

    // ---- indentation ----

    private void indent(Token t) {
        int lineStart = t.getStartIndex() - t.getCharPositionInLine();
        int col = 0;
        int alt = 0;
        for (int i = lineStart; i < t.getStartIndex(); i++) {
            int c = _input.getText(Interval.of(i, i)).charAt(0);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
        }
        int[] top = indents.get(indents.size() - 1);
        int line = t.getLine();
        if (col == top[0]) {
            if (alt != top[1]) {
                throw tabError(line);
            }
        } else if (col > top[0]) {
            if (alt <= top[1]) {
                throw tabError(line);
            }
            indents.add(new int[] {col, alt});
            pending.add(makeToken(PythonLexer.INDENT, "", t.getStartIndex(), t.getStartIndex() - 1,
                    line, t.getCharPositionInLine()));
        } else {
            while (indents.size() > 1 && col < indents.get(indents.size() - 1)[0]) {
                indents.remove(indents.size() - 1);
                pending.add(makeToken(PythonLexer.DEDENT, "", t.getStartIndex(), t.getStartIndex() - 1,
                        line, t.getCharPositionInLine()));
            }
            top = indents.get(indents.size() - 1);
            if (col != top[0]) {
                // CPython puts the caret just past the end of the line
                int end = t.getStartIndex();
                while (end < _input.size() && _input.getText(Interval.of(end, end)).charAt(0) != '\n') {
                    end++;
                }
                int length = t.getCharPositionInLine() + (end - t.getStartIndex());
                throw new TokenizerError("IndentationError",
                        "unindent does not match any outer indentation level", line, length + 1, line, -1);
            }
            if (alt != top[1]) {
                throw tabError(line);
            }
        }
    }

    private static TokenizerError tabError(int line) {
        return new TokenizerError("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    // ---- brackets ----

    private void closeBracket(Token t) {
        char close = t.getText().charAt(0);
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        if (brackets.isEmpty()) {
            throw new TokenizerError("SyntaxError", "unmatched '" + close + "'", line, col + 1, line, col + 1);
        }
        OpenBracket open = brackets.remove(brackets.size() - 1);
        char want = open.bracket() == '(' ? ')' : open.bracket() == '[' ? ']' : '}';
        if (close != want) {
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '"
                    + open.bracket() + "'" + (open.line() != line ? " on line " + open.line() : "");
            throw new TokenizerError("SyntaxError", msg, line, col + 1, line, col + 1);
        }
    }

    // ---- numbers ----

    private void checkNumberEnd(Token t) {
        String text = t.getText();
        int c = _input.LA(1);
        String lower = text.toLowerCase();
        int line = t.getLine();
        int endCol = t.getCharPositionInLine() + text.length();   // 0-based column after the token
        boolean zeros = lower.chars().allMatch(ch -> ch == '0' || ch == '_');
        if (zeros && (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B')) {
            int d = _input.LA(2);
            char k = Character.toLowerCase((char) c);
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            if (k != 'x' && d >= '0' && d <= '9') {
                throw syntaxAt("invalid digit '" + (char) d + "' in " + kind + " literal", line, endCol + 2);
            }
            throw syntaxAt("invalid " + kind + " literal", line, endCol + 1);
        }
        if (lower.startsWith("0o") || lower.startsWith("0b")) {
            String kind = lower.startsWith("0o") ? "octal" : "binary";
            char max = lower.startsWith("0o") ? '7' : '1';
            if (c >= '0' && c <= '9' && c > max) {
                throw syntaxAt("invalid digit '" + (char) c + "' in " + kind + " literal", line, endCol + 1);
            }
        }
        if (zeros && ((c >= '0' && c <= '9') || (c == '_' && _input.LA(2) >= '0' && _input.LA(2) <= '9'))) {
            throw new TokenizerError("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, t.getCharPositionInLine() + 1, line, endCol + 1 + (c == '_' ? 1 : 0));
        }
        if (!isPotentialIdentifierChar(c) || keywordFollows(c)) {
            return;
        }
        String kind = lower.startsWith("0x") ? "hexadecimal" : lower.startsWith("0o") ? "octal"
                : lower.startsWith("0b") ? "binary" : lower.endsWith("j") ? "imaginary" : "decimal";
        int at = endCol;
        char lastChar = text.charAt(text.length() - 1);
        if (c == '_' && lastChar >= '0' && lastChar <= '9') {
            at++;   // CPython has consumed the underscore looking for more digits
        }
        throw syntaxAt("invalid " + kind + " literal", line, at);
    }

    private boolean keywordFollows(int c) {
        return switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> {
                int d = _input.LA(2);
                yield d == 'f' || d == 'n' || d == 's';
            }
            default -> false;
        };
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (_input.LA(2 + i) != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    // ---- names ----

    /** Non-ASCII names must be identifiers (XID_Start XID_Continue*); they are NFKC-normalized. */
    private void checkName(Token t) {
        String text = t.getText();
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        int col = t.getCharPositionInLine();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp)
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                throw invalidCharacter(cp, t.getLine(), col);
            }
            i += Character.charCount(cp);
            col++;
        }
        String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        if (!normalized.equals(text) && t instanceof CommonToken ct) {
            ct.setText(normalized);
        }
    }

    private static TokenizerError invalidCharacter(int cp, int line, int col) {
        if (isPrintable(cp)) {
            return syntaxAt(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp),
                    line, col + 1);
        }
        return syntaxAt(String.format("invalid non-printable character U+%04X", cp), line, col + 1);
    }

    // ---- stray characters ----

    private void errorToken(Token t, Token before) {
        char c = t.getText().charAt(0);
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        if (c == '\'' || c == '"') {
            // '"""abc' lexes as the empty string '""' and then a lone '"'
            if (before != null && before.getType() == PythonLexer.STRING && before.getStopIndex() == t.getStartIndex() - 1
                    && before.getText().endsWith("" + c + c) && isEmptyShortString(before.getText())) {
                unterminatedTriple(before.getLine(), before.getCharPositionInLine(), t.getStartIndex());
            }
            unterminatedString(t, c);
        }
        if (c == '\\') {
            if (_input.LA(1) == CharStream.EOF) {
                throw new TokenizerError("SyntaxError", "unexpected EOF while parsing", line, col + 2, line, -1);
            }
            throw new TokenizerError("SyntaxError", "unexpected character after line continuation character",
                    line, col + 2, line, 0);
        }
        int cp = t.getText().codePointAt(0);
        if (cp >= 128 || (cp < 32 && cp != '\t' && cp != '\f')) {
            throw invalidCharacter(cp, line, col);
        }
        // '$', '?', '!', '`': the parser reports "invalid syntax" at this token.
    }

    private static boolean isEmptyShortString(String text) {
        int p = 0;
        while (p < text.length() && text.charAt(p) != '\'' && text.charAt(p) != '"') {
            p++;
        }
        return text.length() - p == 2;
    }

    private void unterminatedTriple(int line, int col, int from) {
        String rest = _input.getText(Interval.of(from, _input.size() - 1));
        int lastLine = line + (int) rest.chars().filter(ch -> ch == '\n').count() - (rest.endsWith("\n") ? 1 : 0);
        throw new TokenizerError("SyntaxError",
                "unterminated triple-quoted string literal (detected at line " + lastLine + ")",
                line, col + 1, line, col + 1);
    }

    private void unterminatedString(Token t, char quote) {
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        // a string prefix lexed as a NAME just before the quote belongs to the literal
        int start = t.getStartIndex();
        int back = 0;
        while (back < 2 && start - back - 1 >= 0) {
            char p = _input.getText(Interval.of(start - back - 1, start - back - 1)).charAt(0);
            if ("rRbBuUfF".indexOf(p) < 0) {
                break;
            }
            back++;
        }
        if (back > 0 && start - back - 1 >= 0) {
            char p = _input.getText(Interval.of(start - back - 1, start - back - 1)).charAt(0);
            if (Character.isLetterOrDigit(p) || p == '_') {
                back = 0;
            }
        }
        col -= Math.min(back, col);
        boolean triple = _input.LA(1) == quote && _input.LA(2) == quote;
        if (triple) {
            unterminatedTriple(line, col, _input.index());
        }
        throw new TokenizerError("SyntaxError", "unterminated string literal (detected at line " + line + ")",
                line, col + 1, line, col + 1);
    }

    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static TokenizerError syntaxAt(String msg, int line, int offset) {
        return new TokenizerError("SyntaxError", msg, line, offset, line, offset);
    }

    // ---- synthesized tokens ----

    private Token makeToken(int type, String text, int start, int stop) {
        return makeToken(type, text, start, stop, getLine(), getCharPositionInLine());
    }

    private Token makeToken(int type, String text, int start, int stop, int line, int col) {
        CommonToken tok = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, start, stop);
        tok.setText(text);
        tok.setLine(line);
        tok.setCharPositionInLine(col);
        return tok;
    }
}

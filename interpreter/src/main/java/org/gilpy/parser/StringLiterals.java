package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Span;

/**
 * The meaning of string literals: prefixes, escape sequences, bytes, f-strings and the implicit
 * concatenation of adjacent literals.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** Parses the expression of an f-string replacement field found at a position of the real source. */
    interface ExprParser {
        Expr parse(String text, int line, int col);
    }

    /** A bad escape sequence; the caller adds the position. */
    static final class DecodeError extends RuntimeException {
        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** One literal token taken apart. */
    record Piece(Token token, boolean raw, boolean bytes, boolean fstring, String body, int bodyOffset) {
        static Piece of(Token t) {
            String text = t.getText();
            int p = 0;
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            while (p < text.length() && text.charAt(p) != '\'' && text.charAt(p) != '"') {
                switch (Character.toLowerCase(text.charAt(p))) {
                    case 'r' -> raw = true;
                    case 'b' -> bytes = true;
                    case 'f' -> f = true;
                    default -> { }
                }
                p++;
            }
            char q = text.charAt(p);
            int qlen = text.length() - p >= 6 && text.charAt(p + 1) == q && text.charAt(p + 2) == q ? 3 : 1;
            String body = text.substring(p + qlen, text.length() - qlen);
            return new Piece(t, raw, bytes, f, body, p + qlen);
        }
    }

    /** The Constant or JoinedStr for a run of adjacent string literal tokens. */
    static Expr build(SourceInfo src, List<Token> tokens, ExprParser exprParser) {
        Span span = src.span(tokens.get(0), tokens.get(tokens.size() - 1));
        List<Piece> pieces = new ArrayList<>(tokens.size());
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : tokens) {
            Piece p = Piece.of(t);
            pieces.add(p);
            anyBytes |= p.bytes();
            anyStr |= !p.bytes();
            anyF |= p.fstring();
        }
        Token last = tokens.get(tokens.size() - 1);
        if (anyBytes && anyStr) {
            throw src.errorAfter("cannot mix bytes and nonbytes literals", last);
        }
        if (anyBytes) {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                for (int i = 0; i < p.body().length(); i++) {
                    if (p.body().charAt(i) >= 128) {
                        throw src.error("bytes can only contain ASCII literal characters", src.span(p.token()));
                    }
                }
                sb.append(p.raw() ? p.body() : decode(src, p, true, last));
            }
            byte[] b = new byte[sb.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) sb.charAt(i);
            }
            return new Expr.Constant(span, b);
        }
        if (!anyF) {
            if (pieces.size() == 1) {
                Piece p = pieces.get(0);
                return new Expr.Constant(span, p.raw() ? p.body() : decode(src, p, false, last));
            }
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                sb.append(p.raw() ? p.body() : decode(src, p, false, last));
            }
            return new Expr.Constant(span, sb.toString());
        }
        Joiner joiner = new Joiner(span, span);
        for (Piece p : pieces) {
            if (p.fstring()) {
                new FStringParser(src, p, span, last, exprParser).parseInto(joiner);
            } else {
                joiner.addText(p.raw() ? p.body() : decode(src, p, false, last));
            }
        }
        return joiner.result();
    }

    /** Collects the values of a JoinedStr, merging adjacent text. */
    static final class Joiner {
        private final Span span;
        private final Span textSpan;
        private final List<Expr> values = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        /** {@code span} for the JoinedStr, {@code textSpan} for its Constant pieces (as CPython 3.11). */
        Joiner(Span span, Span textSpan) {
            this.span = span;
            this.textSpan = textSpan;
        }

        void addText(String s) {
            text.append(s);
        }

        void addValue(Expr e) {
            flush();
            values.add(e);
        }

        private void flush() {
            if (text.length() > 0) {
                values.add(new Expr.Constant(textSpan, text.toString()));
                text.setLength(0);
            }
        }

        Expr.JoinedStr result() {
            flush();
            return new Expr.JoinedStr(span, List.copyOf(values));
        }

        /**
         * The JoinedStr of a format spec: CPython 3.11 gives a spec's text pieces the span of the
         * spec's own literal token when the spec has no fields, and {@code textSpan} otherwise.
         */
        Expr.JoinedStr specResult() {
            boolean fields = !values.isEmpty();
            if (!fields && text.length() > 0) {
                values.add(new Expr.Constant(span, text.toString()));
                text.setLength(0);
            }
            return result();
        }
    }

    private static String decode(SourceInfo src, Piece p, boolean bytes, Token last) {
        try {
            return decode(p.body(), bytes);
        } catch (DecodeError e) {
            throw src.errorAfter(e.getMessage(), last);
        }
    }

    /** The value of a string body with escape sequences (str or, when {@code bytes}, chars 0-255). */
    static String decode(String s, boolean bytes) {
        int bs = s.indexOf('\\');
        if (bs < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bs);
        int n = s.length();
        int i = bs;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            int start = i;
            i += 2;
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    if (bytes) {
                        sb.append((char) (v & 0xFF));
                    } else {
                        sb.appendCodePoint(v);
                    }
                }
                case 'x' -> {
                    int v = hex(s, i, 2);
                    if (v < 0) {
                        throw new DecodeError(bytes ? "(value error) invalid \\x escape at position " + start
                                : unicodeError(start, i, "truncated \\xXX escape"));
                    }
                    i += 2;
                    sb.append((char) v);
                }
                case 'u', 'U' -> {
                    if (bytes) {
                        sb.append('\\').append(d);
                        break;
                    }
                    int len = d == 'u' ? 4 : 8;
                    int v = hex(s, i, len);
                    if (v == -1) {
                        throw new DecodeError(unicodeError(start, Math.min(n, i + len) - 1,
                                d == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"));
                    }
                    if (v < 0 || v > 0x10FFFF) {
                        throw new DecodeError(unicodeError(start, i + len - 1, "illegal Unicode character"));
                    }
                    i += len;
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    if (bytes) {
                        sb.append('\\').append(d);
                        break;
                    }
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw new DecodeError(unicodeError(start, Math.min(n - 1, i), "malformed \\N character escape"));
                    }
                    int cp;
                    try {
                        cp = Character.codePointOf(s.substring(i + 1, close));
                    } catch (IllegalArgumentException e) {
                        throw new DecodeError(unicodeError(start, close, "unknown Unicode character name"));
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> sb.append('\\').append(d);   // invalid escapes are kept as they are
            }
        }
        return sb.toString();
    }

    private static String unicodeError(int from, int to, String what) {
        return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to + ": " + what;
    }

    /** The value of {@code len} hex digits at {@code i}, -1 when there are fewer, -2 when too big. */
    private static int hex(String s, int i, int len) {
        if (i + len > s.length()) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < len; k++) {
            int dig = Character.digit(s.charAt(i + k), 16);
            if (dig < 0) {
                return -1;
            }
            v = v * 16 + dig;
        }
        return v > Integer.MAX_VALUE ? -2 : (int) v;
    }
}

package org.gilpy.parser;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.Token;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Span;

/**
 * Splits the body of one f-string literal (3.11 style: the whole f-string is one token) into text
 * and replacement fields: {@code {expr=!r:spec}}, {@code {{} and {@code }}} escapes, nested fields
 * in format specs. Each field's expression is parsed on its own by the {@link StringLiterals.ExprParser}.
 */
final class FStringParser {
    private final SourceInfo src;
    private final StringLiterals.Piece piece;
    private final String s;
    private final Span span;
    private final StringLiterals.ExprParser exprParser;
    private final Token last;
    private int pos;

    FStringParser(SourceInfo src, StringLiterals.Piece piece, Span span, Token last,
                  StringLiterals.ExprParser exprParser) {
        this.last = last;
        this.src = src;
        this.piece = piece;
        this.s = piece.body();
        this.span = span;
        this.exprParser = exprParser;
    }

    void parseInto(StringLiterals.Joiner out) {
        pos = 0;
        parse(out, 0);
        if (pos < s.length()) {
            throw error("f-string: single '}' is not allowed");
        }
    }

    /** Text and fields up to the end (level 0) or up to the '}' closing a format spec (level > 0). */
    private void parse(StringLiterals.Joiner out, int level) {
        int n = s.length();
        StringBuilder lit = new StringBuilder();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\\' && !piece.raw() && pos + 2 < n && s.charAt(pos + 1) == 'N' && s.charAt(pos + 2) == '{') {
                int close = s.indexOf('}', pos);
                int end = close < 0 ? n : close + 1;
                lit.append(s, pos, end);
                pos = end;
                continue;
            }
            if (c == '{' || c == '}') {
                if (level == 0 && pos + 1 < n && s.charAt(pos + 1) == c) {
                    lit.append(c);
                    pos += 2;
                    continue;
                }
                if (c == '}') {
                    if (level == 0) {
                        throw error("f-string: single '}' is not allowed");
                    }
                    break;
                }
                out.addText(decode(lit));
                lit.setLength(0);
                field(out, level);
                continue;
            }
            lit.append(c);
            pos++;
        }
        out.addText(decode(lit));
    }

    private String decode(StringBuilder lit) {
        if (piece.raw() || lit.length() == 0) {
            return lit.toString();
        }
        try {
            return StringLiterals.decode(lit.toString(), false);
        } catch (StringLiterals.DecodeError e) {
            throw error(e.getMessage());
        }
    }

    private void field(StringLiterals.Joiner out, int level) {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int n = s.length();
        pos++;   // '{'
        int exprStart = pos;
        Deque<Character> nested = new ArrayDeque<>();
        char quote = 0;
        int quoteLen = 0;
        while (pos < n) {
            char ch = s.charAt(pos);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote && (quoteLen == 1 || s.startsWith(String.valueOf(quote).repeat(3), pos))) {
                    pos += quoteLen;
                    quote = 0;
                } else {
                    pos++;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                quoteLen = s.startsWith(String.valueOf(ch).repeat(3), pos) ? 3 : 1;
                pos += quoteLen;
                continue;
            }
            if (ch == '[' || ch == '(' || ch == '{') {
                if (nested.size() >= 200) {
                    throw error("f-string: too many nested parenthesis");
                }
                nested.push(ch);
                pos++;
                continue;
            }
            if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            }
            if (nested.isEmpty() && "!:}=<>".indexOf(ch) >= 0) {
                char next = pos + 1 < n ? s.charAt(pos + 1) : 0;
                if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    pos += 2;
                    continue;
                }
                if (ch == '<' || ch == '>') {
                    pos++;
                    continue;
                }
                break;
            }
            if (ch == ']' || ch == ')' || ch == '}') {
                if (nested.isEmpty()) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char open = nested.pop();
                if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}')) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + open + "'");
                }
            }
            pos++;
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (!nested.isEmpty()) {
            throw error("f-string: unmatched '" + nested.peek() + "'");
        }
        if (pos >= n) {
            throw error("f-string: expecting '}'");
        }
        String exprText = s.substring(exprStart, pos);
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        int[] at = position(exprStart);
        Expr value = exprParser.parse(exprText, at[0], at[1]);
        String selfDoc = null;
        int conversion = -1;
        Expr spec = null;
        if (s.charAt(pos) == '=') {
            pos++;
            while (pos < n && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                throw error("f-string: expecting '}'");
            }
            selfDoc = s.substring(exprStart, pos);
        }
        if (s.charAt(pos) == '!') {
            pos++;
            if (pos >= n) {
                throw error("f-string: expecting '}'");
            }
            char conv = s.charAt(pos++);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
        }
        if (pos < n && s.charAt(pos) == ':') {
            pos++;
            Span tokenSpan = src.span(piece.token());
            StringLiterals.Joiner specOut = new StringLiterals.Joiner(tokenSpan,
                    new Span(span.line(), span.col(), tokenSpan.endLine(), tokenSpan.endCol()));
            parse(specOut, level + 1);
            spec = specOut.specResult();
        }
        if (pos >= n || s.charAt(pos) != '}') {
            throw error("f-string: expecting '}'");
        }
        pos++;
        if (selfDoc != null) {
            out.addText(selfDoc);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.addValue(new Expr.FormattedValue(span, value, conversion, spec));
    }

    /** Line and column in the real source of the body's character {@code index}. */
    private int[] position(int index) {
        Token t = piece.token();
        int line = src.line(t);
        int col = src.col(t) + piece.bodyOffset();
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 0;
            } else if (!Character.isLowSurrogate(s.charAt(i))) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** CPython 3.11 reports f-string errors at the token after the literal. */
    private PySyntaxError error(String msg) {
        return src.errorAfter(msg, last);
    }
}

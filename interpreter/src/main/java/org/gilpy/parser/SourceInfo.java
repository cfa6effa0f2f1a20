package org.gilpy.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gilpy.ast.Span;

/**
 * Where the tokens being turned into AST nodes come from: the file name, the text of the real
 * source (for error messages) and, for an expression inside an f-string that was parsed on its
 * own, how far its positions are shifted from the real source.
 */
final class SourceInfo {
    final String filename;
    private final String[] lines;
    /** Added to every line number. */
    final int lineDelta;
    /** Added to the columns of tokens on the first line only. */
    final int colDelta;
    /** Prefix for error messages ("f-string: " inside f-string replacement fields). */
    final String msgPrefix;

    /** The tokens being built from, once parsed (for errors placed at the token after a literal). */
    java.util.List<Token> tokens = java.util.List.of();

    SourceInfo(String filename, String[] lines, int lineDelta, int colDelta, String msgPrefix) {
        this.filename = filename;
        this.lines = lines;
        this.lineDelta = lineDelta;
        this.colDelta = colDelta;
        this.msgPrefix = msgPrefix;
    }

    static String[] splitLines(String source) {
        return source.split("\n", -1);
    }

    /** The text of a 1-based line of the real source, or null. */
    String lineText(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /** The number of lines, as CPython counts them: a final newline ends the last line, it starts none. */
    int lineCount() {
        return lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    }

    String[] lines() {
        return lines;
    }

    /** Whether the source text at the start of {@code at} is an opening parenthesis. */
    boolean startsWithParen(Span at) {
        String text = lineText(at.line());
        return text != null && at.col() < text.length() && text.charAt(at.col()) == '(';
    }

    /** Whether the text just before {@code at} (ignoring blanks) is an opening parenthesis. */
    boolean parenthesized(Span at) {
        String text = lineText(at.line());
        if (text == null) {
            return false;
        }
        int i = Math.min(at.col(), text.length()) - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '(';
    }

    int line(Token t) {
        return t.getLine() + lineDelta;
    }

    int col(Token t) {
        return t.getCharPositionInLine() + (t.getLine() == 1 ? colDelta : 0);
    }

    /** Line and column just after a token (the token may span lines, e.g. a triple-quoted string). */
    int[] end(Token t) {
        String s = t.getText();
        if (t.getType() == Token.EOF || s == null) {
            return new int[] {line(t), col(t)};
        }
        int nl = s.lastIndexOf('\n');
        if (nl < 0) {
            return new int[] {line(t), col(t) + s.codePointCount(0, s.length())};
        }
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return new int[] {line(t) + count, s.codePointCount(nl + 1, s.length())};
    }

    Span span(Token start, Token stop) {
        int[] e = end(stop);
        return new Span(line(start), col(start), e[0], e[1]);
    }

    Span span(Token t) {
        return span(t, t);
    }

    Span span(TerminalNode n) {
        return span(n.getSymbol());
    }

    Span span(ParserRuleContext c) {
        Token stop = c.stop == null || c.stop.getTokenIndex() < c.start.getTokenIndex() ? c.start : c.stop;
        return span(c.start, stop);
    }

    /** A SyntaxError covering {@code at} (CPython's offsets are 1-based). */
    PySyntaxError error(String msg, Span at) {
        return new PySyntaxError("SyntaxError", msgPrefix + msg, filename, at.line(), at.col() + 1,
                lineText(at.line()), at.endLine(), at.endCol() + 1);
    }

    /**
     * An error placed, as CPython's parser places errors found in literals, at the token after
     * {@code last} (a layout token there gives an empty range).
     */
    PySyntaxError errorAfter(String msg, Token last) {
        int i = last.getTokenIndex() + 1;
        Token next = i > 0 && i < tokens.size() ? tokens.get(i) : null;
        if (next == null) {
            int[] end = end(last);
            return error("SyntaxError", msg, end[0], end[1] + 1, end[0], end[1] + 1);
        }
        int type = next.getType();
        if (type == org.gilpy.grammar.PythonLexer.NEWLINE || type == Token.EOF
                || type == org.gilpy.grammar.PythonLexer.DEDENT) {
            return error("SyntaxError", msg, line(next), col(next) + 1, line(next), col(next) + 1);
        }
        int[] end = end(next);
        return error("SyntaxError", msg, line(next), col(next) + 1, end[0], end[1] + 1);
    }

    PySyntaxError error(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(kind, msgPrefix + msg, filename, line, offset, lineText(line), endLine, endOffset);
    }
}

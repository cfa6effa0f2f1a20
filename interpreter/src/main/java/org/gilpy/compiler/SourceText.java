package org.gilpy.compiler;

import org.gilpy.ast.Span;
import org.gilpy.parser.PySyntaxError;

/** The source being compiled: its file name and lines, to report syntax errors as CPython does. */
final class SourceText {
    final String filename;
    private final String[] lines;

    SourceText(String filename, String source) {
        this.filename = filename;
        this.lines = source == null ? new String[0] : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    /** A SyntaxError at {@code at}: 1-based offsets, the line's text without its newline. */
    PySyntaxError error(String msg, Span at) {
        int line = at.line();
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return new PySyntaxError("SyntaxError", msg, filename, line, at.col() + 1, text, at.endLine(),
                at.endLine() > 0 ? at.endCol() + 1 : 0);
    }
}

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

    /** The source text of a node, on one line (for annotations kept as strings). */
    String segment(Span at) {
        StringBuilder out = new StringBuilder();
        for (int line = at.line(); line <= at.endLine() && line <= lines.length; line++) {
            String text = lines[line - 1];
            int from = line == at.line() ? at.col() : 0;
            int to = line == at.endLine() ? Math.min(at.endCol(), text.length()) : text.length();
            if (out.length() > 0) {
                from = Math.max(from, text.length() - text.stripLeading().length());
                char last = out.charAt(out.length() - 1);
                if ("([{".indexOf(last) < 0 && from < to && ")]},".indexOf(text.charAt(from)) < 0) {
                    out.append(' ');
                }
            }
            out.append(text, Math.min(from, to), to);
        }
        return out.toString();
    }

    /**
     * A SyntaxError at {@code at}: 1-based offsets, the line's text without its newline. As
     * CPython's compiler reads that line from the file named, there is no text for source that
     * comes from no file ({@code compile(s, "<string>", "exec")}).
     */
    PySyntaxError error(String msg, Span at) {
        int line = at.line();
        String text = line >= 1 && line <= lines.length && isFile(filename) ? lines[line - 1] : null;
        return new PySyntaxError("SyntaxError", msg, filename, line, at.col() + 1, text, at.endLine(),
                at.endLine() > 0 ? at.endCol() + 1 : 0);
    }

    private static boolean isFile(String filename) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(filename));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}

package org.gilpy.ast;

/**
 * Where a node stands in its source: 1-based lines, 0-based columns (in characters),
 * the end exclusive, as CPython's {@code lineno/col_offset/end_lineno/end_col_offset}.
 */
public record Span(int line, int col, int endLine, int endCol) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The span covering this one and {@code other}. */
    public Span to(Span other) {
        return new Span(line, col, other.endLine, other.endCol);
    }
}

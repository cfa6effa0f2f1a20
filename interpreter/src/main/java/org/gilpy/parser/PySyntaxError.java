package org.gilpy.parser;

/**
 * A syntax error found while tokenizing, parsing or compiling, with what CPython's
 * {@code SyntaxError} carries. The runtime turns it into the Python exception of {@link #kind}.
 *
 * @param kind      "SyntaxError", "IndentationError" or "TabError"
 * @param msg       CPython's wording, e.g. "invalid syntax", "expected ':'"
 * @param filename  as given to the parser ("&lt;string&gt;" for -c)
 * @param lineno    1-based line of the error
 * @param offset    1-based column of the caret (CPython's {@code offset})
 * @param text      the whole source line (without its newline), or null
 * @param endLineno 1-based end line, or 0 when unknown
 * @param endOffset 1-based column after the end of the highlighted range, or 0 when unknown
 */
public final class PySyntaxError extends RuntimeException {
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;
    /**
     * Found at the end of the input (the tokens ran out): CPython's parser reading a file places
     * such an error at column 0, where parsing a string places it after the last token.
     */
    private boolean atEndOfInput;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset, String text,
                         int endLineno, int endOffset) {
        super(kind + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    PySyntaxError endOfInput() {
        atEndOfInput = true;
        return this;
    }

    /** This error as CPython reports it for a script read from a file (or stdin) rather than a string. */
    public PySyntaxError asReadFromFile() {
        return atEndOfInput ? new PySyntaxError(kind, msg, filename, lineno, 0, text, endLineno, endOffset) : this;
    }

    public PySyntaxError(String msg, String filename, int lineno, int offset, String text) {
        this("SyntaxError", msg, filename, lineno, offset, text, 0, 0);
    }
}

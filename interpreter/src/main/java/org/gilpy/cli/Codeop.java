package org.gilpy.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.gilpy.parser.Mode;
import org.gilpy.parser.Parser;
import org.gilpy.parser.PySyntaxError;

/**
 * Whether the lines typed at the prompt so far make a whole statement, as CPython's interactive
 * tokenizer decides (and its {@code codeop} module for {@code code.interact}).
 *
 * <p>Input goes on (the {@code ...} prompt) inside an open bracket, an unterminated triple-quoted
 * string or after a line-continuation backslash, and in a compound statement ({@code if},
 * {@code def}, a decorator, ...) until a blank line ends it. A syntax error already certain in
 * the lines typed is reported at once. "Certain" is found by completing the input: the open
 * brackets are closed (or, in a compound statement, an invalid token is put on a new line) and
 * the result parsed; an error that still lies inside the typed lines cannot be cured by more
 * input, while one at the completion means the parser was only waiting for more.
 */
final class Codeop {
    private Codeop() {}

    /** What the prompt does with the input so far. */
    enum Status { EMPTY, INCOMPLETE, COMPLETE }

    private static final Set<String> COMPOUND_KEYWORDS =
            Set.of("if", "while", "for", "try", "with", "def", "class", "async", "match");
    /** A token no statement can continue with: the parser stops at it if it was waiting for more. */
    private static final String STOP_TOKEN = "$";

    /**
     * The status of {@code source} (the lines typed, joined by newlines, without a final one).
     *
     * @throws PySyntaxError the error no further line can cure
     */
    static Status status(String source, String filename) {
        if (source.lines().allMatch(Codeop::isBlankOrComment)) {
            return Status.EMPTY;
        }
        Scan scan = new Scan(source);
        if (scan.inTripleQuotedString || scan.lineContinues) {
            return Status.INCOMPLETE;
        }
        if (!scan.openBrackets.isEmpty()) {
            return completesWith(source, filename, scan.closers()) ? Status.INCOMPLETE : Status.COMPLETE;
        }
        if (isCompound(source) && !endsWithBlankLine(source)) {
            return completesWith(source, filename, STOP_TOKEN) ? Status.INCOMPLETE : Status.COMPLETE;
        }
        return Status.COMPLETE;
    }

    /**
     * Whether more lines could still make {@code source} valid: true when {@code source} with
     * {@code completion} on a line after it parses, or fails only at the completion.
     */
    private static boolean completesWith(String source, String filename, String completion) {
        int typedLines = (int) source.lines().count();
        try {
            Parser.parse(source + "\n" + completion + "\n", filename, Mode.EXEC);
            return true;
        } catch (PySyntaxError e) {
            if (e.lineno > typedLines || e.msg.startsWith("expected an indented block")) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isCompound(String source) {
        String first = source.lines().filter(l -> !isBlankOrComment(l)).findFirst().orElse("").strip();
        if (first.startsWith("@")) {
            return true;
        }
        int end = 0;
        while (end < first.length() && Character.isJavaIdentifierPart(first.charAt(end))) {
            end++;
        }
        return COMPOUND_KEYWORDS.contains(first.substring(0, end));
    }

    private static boolean endsWithBlankLine(String source) {
        int lastBreak = source.lastIndexOf('\n');
        return lastBreak >= 0 && source.substring(lastBreak + 1).isBlank();
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** Brackets, strings and comments of the source, enough to tell where its end stands. */
    private static final class Scan {
        final Deque<Character> openBrackets = new ArrayDeque<>();
        boolean inTripleQuotedString;
        boolean lineContinues;

        Scan(String s) {
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '#') {
                    while (i < n && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '\'' || c == '"') {
                    i = skipString(s, i);
                    continue;
                } else if (c == '(' || c == '[' || c == '{') {
                    openBrackets.push(c);
                } else if ((c == ')' || c == ']' || c == '}') && !openBrackets.isEmpty()) {
                    openBrackets.pop();
                } else if (c == '\\' && i == n - 1) {
                    lineContinues = true;
                }
                i++;
            }
        }

        /** Skips the string literal opening at i; returns the index after it. */
        private int skipString(String s, int i) {
            char quote = s.charAt(i);
            boolean triple = s.startsWith(String.valueOf(quote).repeat(3), i);
            String end = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
            int j = i + end.length();
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j += 2;
                } else if (s.startsWith(end, j)) {
                    return j + end.length();
                } else if (c == '\n' && !triple) {
                    return j;
                } else {
                    j++;
                }
            }
            inTripleQuotedString = triple;
            return s.length();
        }

        String closers() {
            StringBuilder out = new StringBuilder();
            for (char open : openBrackets) {
                out.append(open == '(' ? ')' : open == '[' ? ']' : '}');
            }
            return out.toString();
        }
    }
}

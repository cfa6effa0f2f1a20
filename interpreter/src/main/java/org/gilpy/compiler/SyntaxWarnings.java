package org.gilpy.compiler;

/**
 * Where the compiler reports CPython's compile-time SyntaxWarnings ({@code x is 1},
 * {@code assert (a, b)}, {@code [1, 2](3)}): the interpreter passes them to the warnings module.
 */
@FunctionalInterface
public interface SyntaxWarnings {
    SyntaxWarnings IGNORE = (message, lineno) -> false;

    /** Reports a warning; true when the warnings filters turned it into an error (then a SyntaxError). */
    boolean warn(String message, int lineno);
}

package org.gilpy.parser;

/** What {@link Parser#parse} expects the source to be, as the mode argument of CPython's {@code compile}. */
public enum Mode {
    /** A module: any number of statements ({@code exec}). */
    EXEC,
    /** One expression ({@code eval}). */
    EVAL,
    /** One interactive statement, as typed at the REPL ({@code single}). */
    SINGLE
}

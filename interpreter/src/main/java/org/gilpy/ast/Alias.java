package org.gilpy.ast;

/** {@code name as asname} in an import; name may be dotted, or "*"; asname may be null. */
public record Alias(Span at, String name, String asname) implements Node {}

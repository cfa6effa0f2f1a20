package org.gilpy.ast;

/** {@code name=value} in a call or class header; arg is null for {@code **mapping}. */
public record Keyword(Span at, String arg, Expr value) implements Node {}

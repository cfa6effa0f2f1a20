package org.gilpy.ast;

/** One parameter; annotation may be null. */
public record Arg(Span at, String name, Expr annotation) implements Node {}

package org.gilpy.ast;

import java.util.List;

/** {@code except type as name:}; type and name may be null. */
public record ExceptHandler(Span at, Expr type, String name, List<Stmt> body) implements Node {}

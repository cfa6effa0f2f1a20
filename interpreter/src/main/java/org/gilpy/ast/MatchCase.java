package org.gilpy.ast;

import java.util.List;

/** {@code case pattern if guard: body}; guard is null when absent. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

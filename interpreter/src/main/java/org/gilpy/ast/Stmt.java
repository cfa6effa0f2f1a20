package org.gilpy.ast;

import java.util.List;

/**
 * Statements, named as in CPython's {@code ast} module. Lists are never null (empty instead);
 * optional children are null when absent.
 */
public sealed interface Stmt extends Node {
    record FunctionDef(Span at, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns, boolean isAsync) implements Stmt {}

    record ClassDef(Span at, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    record Return(Span at, Expr value) implements Stmt {}

    record Delete(Span at, List<Expr> targets) implements Stmt {}

    /** {@code a = b = value}: several targets, one value. */
    record Assign(Span at, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Span at, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation = value}; {@code simple} when target is a bare name not in parentheses. */
    record AnnAssign(Span at, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record For(Span at, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {}

    record While(Span at, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record If(Span at, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(Span at, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    record Match(Span at, Expr subject, List<MatchCase> cases) implements Stmt {}

    record Raise(Span at, Expr exc, Expr cause) implements Stmt {}

    /** {@code star}: the handlers are {@code except*} clauses (CPython's TryStar). */
    record Try(Span at, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody, boolean star) implements Stmt {}

    record Assert(Span at, Expr test, Expr msg) implements Stmt {}

    record Import(Span at, List<Alias> names) implements Stmt {}

    /** {@code from ..module import names}; module is null for {@code from . import x}. */
    record ImportFrom(Span at, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Span at, List<String> names) implements Stmt {}

    record Nonlocal(Span at, List<String> names) implements Stmt {}

    record ExprStmt(Span at, Expr value) implements Stmt {}

    record Pass(Span at) implements Stmt {}

    record Break(Span at) implements Stmt {}

    record Continue(Span at) implements Stmt {}
}

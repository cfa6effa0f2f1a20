package org.gilpy.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * Expressions, named as in CPython's {@code ast} module ({@code List}, {@code Tuple}, {@code Set}
 * and {@code Dict} carry an {@code Expr} suffix so they do not shadow Java's collections).
 */
public sealed interface Expr extends Node {
    record BoolOp(Span at, BoolOperator op, List<Expr> values) implements Expr {}

    record NamedExpr(Span at, Name target, Expr value) implements Expr {}

    record BinOp(Span at, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Span at, UnaryOperator op, Expr operand) implements Expr {}

    record Lambda(Span at, Arguments args, Expr body) implements Expr {}

    record IfExp(Span at, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a null key marks a {@code **mapping} entry whose value is the mapping. */
    record DictExpr(Span at, List<Expr> keys, List<Expr> values) implements Expr {}

    record SetExpr(Span at, List<Expr> elts) implements Expr {}

    record ListComp(Span at, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Span at, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Span at, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Span at, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Span at, Expr value) implements Expr {}

    /** {@code yield value}; value is null for a bare {@code yield}. */
    record Yield(Span at, Expr value) implements Expr {}

    record YieldFrom(Span at, Expr value) implements Expr {}

    /** {@code left op0 c0 op1 c1 ...}: a chained comparison. */
    record Compare(Span at, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    /** A call; positional args may include {@link Starred}; a keyword with null arg is {@code **kw}. */
    record Call(Span at, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One replacement field of an f-string. conversion is -1 (none), 's', 'r' or 'a';
     * formatSpec is null or a {@link JoinedStr}.
     */
    record FormattedValue(Span at, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: {@link Constant} str pieces and {@link FormattedValue}s. */
    record JoinedStr(Span at, List<Expr> values) implements Expr {}

    /**
     * A literal. value is one of: {@link Long} or {@link BigInteger} (int), {@link Double} (float),
     * {@link Imaginary} (complex), {@link String} (str), {@code byte[]} (bytes), {@link Boolean},
     * {@link #NONE} or {@link #ELLIPSIS}. A tuple of constants is folded by the compiler, not here.
     */
    record Constant(Span at, Object value) implements Expr {}

    /** The literal None and the literal {@code ...}, as Constant values. */
    enum Singleton { NONE, ELLIPSIS }

    Singleton NONE = Singleton.NONE;
    Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /** An imaginary literal such as {@code 2j}. */
    record Imaginary(double imag) {}

    record Attribute(Span at, Expr value, String attr, Ctx ctx) implements Expr {}

    record Subscript(Span at, Expr value, Expr slice, Ctx ctx) implements Expr {}

    record Starred(Span at, Expr value, Ctx ctx) implements Expr {}

    record Name(Span at, String id, Ctx ctx) implements Expr {}

    record ListExpr(Span at, List<Expr> elts, Ctx ctx) implements Expr {}

    record TupleExpr(Span at, List<Expr> elts, Ctx ctx) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Span at, Expr lower, Expr upper, Expr step) implements Expr {}
}

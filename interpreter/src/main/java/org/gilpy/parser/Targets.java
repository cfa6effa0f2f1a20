package org.gilpy.parser;

import java.util.ArrayList;
import java.util.List;

import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;

/** Turns expressions into assignment or deletion targets, with CPython's errors for invalid ones. */
final class Targets {
    private Targets() {}

    /** What CPython calls an expression in "cannot assign to ..." messages. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.TupleExpr) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.DictExpr) return "dict literal";
        if (e instanceof Expr.SetExpr) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.NONE) return "None";
            if (v == Expr.ELLIPSIS) return "ellipsis";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            return "literal";
        }
        return "expression";
    }

    /** The first sub-expression that cannot be a target (depth first), or null when all can. */
    static Expr invalid(Expr e, boolean allowStarred) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return allowStarred ? invalid(s.value(), false) : e;
        }
        List<Expr> elts = e instanceof Expr.TupleExpr t ? t.elts() : e instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            return e;
        }
        for (Expr x : elts) {
            Expr bad = invalid(x, true);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /**
     * {@code e} as a target of {@code ctx}; {@code hint} adds CPython's "here. Maybe you meant '=='
     * instead of '='?" for a lone invalid target of a single '='.
     */
    static Expr check(SourceInfo src, Expr e, Ctx ctx, boolean hint) {
        Expr bad = invalid(e, true);
        if (bad != null) {
            String what = describe(bad);
            if (ctx == Ctx.DEL) {
                throw src.error("cannot delete " + what, bad.at());
            }
            if ((bad instanceof Expr.Yield || bad instanceof Expr.YieldFrom) && !src.parenthesized(bad.at())) {
                throw src.error("assignment to yield expression not possible", bad.at());
            }
            boolean last = bad == e || (e instanceof Expr.TupleExpr t && !t.elts().isEmpty()
                    && t.elts().get(t.elts().size() - 1) == bad && !src.startsWithParen(t.at()));
            if (hint && last && isBitwiseOr(bad)) {
                throw src.error("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", bad.at());
            }
            throw src.error("cannot assign to " + what, bad.at());
        }
        return withCtx(e, ctx);
    }

    /** Kinds of invalid target for which CPython's invalid_named_expression rule suggests '=='. */
    private static boolean isBitwiseOr(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            return !(v == Expr.NONE || v instanceof Boolean);
        }
        if (e instanceof Expr.UnaryOp u) {
            return u.op() != org.gilpy.ast.UnaryOperator.NOT;
        }
        return !(e instanceof Expr.Lambda || e instanceof Expr.IfExp || e instanceof Expr.NamedExpr
                || e instanceof Expr.Starred || e instanceof Expr.BoolOp || e instanceof Expr.Compare
                || e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr || e instanceof Expr.GeneratorExp);
    }

    /** {@code e} with its context (and that of its elements) set to {@code ctx}. */
    static Expr withCtx(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.at(), n.id(), ctx);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.at(), a.value(), a.attr(), ctx);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.at(), s.value(), s.slice(), ctx);
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(s.at(), withCtx(s.value(), ctx), ctx);
        }
        if (e instanceof Expr.TupleExpr t) {
            return new Expr.TupleExpr(t.at(), all(t.elts(), ctx), ctx);
        }
        if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(l.at(), all(l.elts(), ctx), ctx);
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withCtx(x, ctx));
        }
        return List.copyOf(out);
    }
}

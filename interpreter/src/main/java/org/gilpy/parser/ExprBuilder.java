package org.gilpy.parser;

import static org.gilpy.grammar.PythonParser.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.CmpOp;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Span;
import org.gilpy.ast.UnaryOperator;

/** Builds expression nodes from the parse tree. */
class ExprBuilder {
    final SourceInfo src;
    private final StringLiterals.ExprParser fstringExprParser;

    ExprBuilder(SourceInfo src, StringLiterals.ExprParser fstringExprParser) {
        this.src = src;
        this.fstringExprParser = fstringExprParser;
    }

    // ---- lists of expressions ----

    /** A comma-separated list: its single element, or a Tuple when there is a comma. */
    Expr list(ParserRuleContext c) {
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        for (ParseTree child : c.children) {
            if (child instanceof TerminalNode) {
                comma = true;
            } else {
                elts.add(element((ParserRuleContext) child));
            }
        }
        if (!comma) {
            Expr only = elts.get(0);
            return only;
        }
        return new Expr.TupleExpr(src.span(c), List.copyOf(elts), Ctx.LOAD);
    }

    Expr testlist(Testlist_star_exprContext c) {
        return list(c);
    }

    Expr exprlist(ExprlistContext c) {
        return list(c);
    }

    /** The elements of a comma-separated list, without making a tuple. */
    List<Expr> elements(ParserRuleContext c) {
        List<Expr> elts = new ArrayList<>();
        for (ParseTree child : c.children) {
            if (!(child instanceof TerminalNode)) {
                elts.add(element((ParserRuleContext) child));
            }
        }
        return elts;
    }

    private Expr element(ParserRuleContext c) {
        if (c instanceof TestContext t) {
            return test(t);
        }
        if (c instanceof Star_exprContext s) {
            return starExpr(s);
        }
        if (c instanceof ExprContext e) {
            return expr(e);
        }
        if (c instanceof Or_testContext o) {
            return orTest(o);
        }
        if (c instanceof Namedexpr_testContext n) {
            return namedexpr(n);
        }
        throw new IllegalStateException("unexpected list element " + c.getClass().getSimpleName());
    }

    Expr starExpr(Star_exprContext c) {
        return new Expr.Starred(src.span(c), expr(c.expr()), Ctx.LOAD);
    }

    Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) {
            return new Expr.YieldFrom(src.span(c), test(c.test()));
        }
        Expr value = c.testlist_star_expr() == null ? null : testlist(c.testlist_star_expr());
        return new Expr.Yield(src.span(c), value);
    }

    // ---- precedence levels ----

    Expr namedexpr(Namedexpr_testContext c) {
        if (c.COLONEQUAL() != null) {
            Expr.Name target = new Expr.Name(src.span(c.NAME()), c.NAME().getText(), Ctx.STORE);
            return new Expr.NamedExpr(src.span(c), target, test(c.test()));
        }
        return test(c.test());
    }

    Expr test(TestContext c) {
        if (c.lambdef() != null) {
            return lambdef(c.lambdef());
        }
        Expr body = orTest(c.or_test(0));
        if (c.IF() == null) {
            return body;
        }
        return new Expr.IfExp(src.span(c), orTest(c.or_test(1)), body, test(c.test()));
    }

    Expr orTest(Or_testContext c) {
        if (c.and_test().size() == 1) {
            return andTest(c.and_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (And_testContext a : c.and_test()) {
            values.add(andTest(a));
        }
        return new Expr.BoolOp(src.span(c), BoolOperator.OR, List.copyOf(values));
    }

    Expr andTest(And_testContext c) {
        if (c.not_test().size() == 1) {
            return notTest(c.not_test(0));
        }
        List<Expr> values = new ArrayList<>();
        for (Not_testContext a : c.not_test()) {
            values.add(notTest(a));
        }
        return new Expr.BoolOp(src.span(c), BoolOperator.AND, List.copyOf(values));
    }

    Expr notTest(Not_testContext c) {
        if (c.NOT() != null) {
            return new Expr.UnaryOp(src.span(c), UnaryOperator.NOT, notTest(c.not_test()));
        }
        return comparison(c.comparison());
    }

    Expr comparison(ComparisonContext c) {
        Expr left = expr(c.expr(0));
        if (c.comp_op().isEmpty()) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 0; i < c.comp_op().size(); i++) {
            Comp_opContext op = c.comp_op(i);
            ops.add(switch (op.start.getType()) {
                case LESS -> CmpOp.LT;
                case GREATER -> CmpOp.GT;
                case EQEQUAL -> CmpOp.EQ;
                case GREATEREQUAL -> CmpOp.GTE;
                case LESSEQUAL -> CmpOp.LTE;
                case NOTEQUAL -> CmpOp.NOTEQ;
                case IN -> CmpOp.IN;
                case NOT -> CmpOp.NOTIN;
                default -> op.getChildCount() == 2 ? CmpOp.ISNOT : CmpOp.IS;
            });
            comparators.add(expr(c.expr(i + 1)));
        }
        return new Expr.Compare(src.span(c), left, List.copyOf(ops), List.copyOf(comparators));
    }

    Expr expr(ExprContext c) {
        return binary(c);
    }

    /** A left-associative chain {@code operand (op operand)*} of any of the binary levels. */
    private Expr binary(ParserRuleContext c) {
        int n = c.getChildCount();
        Expr left = operand((ParserRuleContext) c.getChild(0));
        for (int i = 1; i + 1 < n; i += 2) {
            Token op = ((TerminalNode) c.getChild(i)).getSymbol();
            ParserRuleContext rc = (ParserRuleContext) c.getChild(i + 1);
            Expr right = operand(rc);
            // spans run from token to token, so they include any parentheses around the operands
            left = new Expr.BinOp(src.span(c.start, rc.stop), left, binop(op.getType()), right);
        }
        return left;
    }

    private Expr operand(ParserRuleContext c) {
        if (c instanceof FactorContext f) {
            return factor(f);
        }
        return binary(c);
    }

    private static Operator binop(int type) {
        return switch (type) {
            case VBAR -> Operator.BITOR;
            case CIRCUMFLEX -> Operator.BITXOR;
            case AMPER -> Operator.BITAND;
            case LEFTSHIFT -> Operator.LSHIFT;
            case RIGHTSHIFT -> Operator.RSHIFT;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MULT;
            case SLASH -> Operator.DIV;
            case PERCENT -> Operator.MOD;
            case DOUBLESLASH -> Operator.FLOORDIV;
            case AT -> Operator.MATMULT;
            default -> throw new IllegalStateException("operator " + type);
        };
    }

    static Operator augop(int type) {
        return switch (type) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case ATEQUAL -> Operator.MATMULT;
            case SLASHEQUAL -> Operator.DIV;
            case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BITAND;
            case VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            default -> throw new IllegalStateException("operator " + type);
        };
    }

    Expr factor(FactorContext c) {
        if (c.power() != null) {
            return power(c.power());
        }
        UnaryOperator op = switch (c.start.getType()) {
            case PLUS -> UnaryOperator.UADD;
            case MINUS -> UnaryOperator.USUB;
            default -> UnaryOperator.INVERT;
        };
        return new Expr.UnaryOp(src.span(c), op, factor(c.factor()));
    }

    Expr power(PowerContext c) {
        Expr e = atom(c.atom());
        for (TrailerContext t : c.trailer()) {
            e = trailer(e, src.span(c.atom().start, t.stop), t);
        }
        if (c.AWAIT() != null) {
            Span at = c.DOUBLESTAR() != null ? src.span(c.start, c.trailer().isEmpty() ? c.atom().stop
                    : c.trailer(c.trailer().size() - 1).stop) : src.span(c);
            e = new Expr.Await(at, e);
        }
        if (c.DOUBLESTAR() != null) {
            Expr right = factor(c.factor());
            e = new Expr.BinOp(src.span(c), e, Operator.POW, right);
        }
        return e;
    }

    // ---- primaries ----

    private Expr trailer(Expr value, Span at, TrailerContext t) {
        if (t instanceof AttrTrailerContext a) {
            return new Expr.Attribute(at, value, a.NAME().getText(), Ctx.LOAD);
        }
        if (t instanceof SubscriptTrailerContext s) {
            return new Expr.Subscript(at, value, subscriptlist(s.subscriptlist()), Ctx.LOAD);
        }
        CallTrailerContext call = (CallTrailerContext) t;
        if (call.arglist() == null) {
            return new Expr.Call(at, value, List.of(), List.of());
        }
        return call(at, value, call.arglist(), src.span(call));
    }

    private Expr subscriptlist(SubscriptlistContext c) {
        List<SubscriptContext> subs = c.subscript();
        if (subs.size() == 1 && c.COMMA().isEmpty() && !(subs.get(0) instanceof StarSubscriptContext)) {
            return subscript(subs.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (SubscriptContext s : subs) {
            elts.add(subscript(s));
        }
        return new Expr.TupleExpr(src.span(c), List.copyOf(elts), Ctx.LOAD);
    }

    private Expr subscript(SubscriptContext c) {
        if (c instanceof StarSubscriptContext s) {
            return starExpr(s.star_expr());
        }
        if (c instanceof WalrusSubscriptContext w) {
            Expr.Name target = new Expr.Name(src.span(w.NAME()), w.NAME().getText(), Ctx.STORE);
            return new Expr.NamedExpr(src.span(c), target, test(w.test()));
        }
        if (c instanceof IndexSubscriptContext i) {
            Expr lower = test(i.test());
            if (i.slice_tail() == null) {
                return lower;
            }
            return slice(src.span(c), lower, i.slice_tail());
        }
        return slice(src.span(c), null, ((SliceSubscriptContext) c).slice_tail());
    }

    private Expr slice(Span at, Expr lower, Slice_tailContext t) {
        Expr upper = t.upper == null ? null : test(t.upper);
        Expr step = t.step == null ? null : test(t.step);
        return new Expr.Slice(at, lower, upper, step);
    }

    /** A call's arguments, with CPython's checks on their order. */
    Expr call(Span at, Expr func, ArglistContext c, Span parens) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        List<ArgumentContext> list = c.argument();
        for (ArgumentContext a : list) {
            if (a instanceof PlainArgContext p) {
                if (p.ASSIGN() != null) {
                    Expr key = test(p.test(0));
                    if (!(key instanceof Expr.Name name)) {
                        throw src.error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                key.at().to(src.span(p.ASSIGN())));
                    }
                    keywords.add(new Keyword(src.span(p), name.id(), test(p.test(1))));
                    seenKeyword = true;
                    continue;
                }
                Expr value;
                if (p.comp_for() != null) {
                    if (list.size() > 1 || !c.COMMA().isEmpty()) {
                        throw src.error("Generator expression must be parenthesized", src.span(p));
                    }
                    value = new Expr.GeneratorExp(parens, test(p.test(0)), compFor(p.comp_for()));
                } else {
                    value = test(p.test(0));
                }
                positional(parens, seenKeyword, seenDoubleStar);
                args.add(value);
            } else if (a instanceof WalrusArgContext w) {
                Expr.Name target = new Expr.Name(src.span(w.NAME()), w.NAME().getText(), Ctx.STORE);
                Expr value = new Expr.NamedExpr(src.span(w), target, test(w.test()));
                positional(parens, seenKeyword, seenDoubleStar);
                args.add(value);
            } else if (a instanceof StarArgContext s) {
                if (seenDoubleStar) {
                    throw src.error("iterable argument unpacking follows keyword argument unpacking",
                            src.span(s.STAR()));
                }
                args.add(new Expr.Starred(src.span(s), test(s.test()), Ctx.LOAD));
            } else {
                DoubleStarArgContext d = (DoubleStarArgContext) a;
                keywords.add(new Keyword(src.span(d), null, test(d.test())));
                seenDoubleStar = true;
            }
        }
        return new Expr.Call(at, func, List.copyOf(args), List.copyOf(keywords));
    }

    /** CPython reports a positional argument after keywords at the call's closing parenthesis. */
    private void positional(Span parens, boolean seenKeyword, boolean seenDoubleStar) {
        Span close = new Span(parens.endLine(), parens.endCol() - 1, parens.endLine(), parens.endCol());
        if (seenDoubleStar) {
            throw src.error("positional argument follows keyword argument unpacking", close);
        }
        if (seenKeyword) {
            throw src.error("positional argument follows keyword argument", close);
        }
    }

    /** Adjacent string literals, concatenated. */
    Expr strings(List<TerminalNode> literals) {
        List<Token> tokens = new ArrayList<>(literals.size());
        for (TerminalNode t : literals) {
            tokens.add(t.getSymbol());
        }
        return StringLiterals.build(src, tokens, fstringExprParser);
    }

    Expr atom(AtomContext c) {
        Span at = src.span(c);
        if (c instanceof NameAtomContext n) {
            return new Expr.Name(at, n.NAME().getText(), Ctx.LOAD);
        }
        if (c instanceof NumberAtomContext) {
            return new Expr.Constant(at, number(c.start.getText()));
        }
        if (c instanceof StringAtomContext s) {
            return strings(s.STRING());
        }
        if (c instanceof NoneAtomContext) {
            return new Expr.Constant(at, Expr.NONE);
        }
        if (c instanceof TrueAtomContext) {
            return new Expr.Constant(at, Boolean.TRUE);
        }
        if (c instanceof FalseAtomContext) {
            return new Expr.Constant(at, Boolean.FALSE);
        }
        if (c instanceof EllipsisAtomContext) {
            return new Expr.Constant(at, Expr.ELLIPSIS);
        }
        if (c instanceof ParenAtomContext p) {
            if (p.yield_expr() != null) {
                return yieldExpr(p.yield_expr());
            }
            if (p.testlist_comp() == null) {
                return new Expr.TupleExpr(at, List.of(), Ctx.LOAD);
            }
            Testlist_compContext t = p.testlist_comp();
            if (t.comp_for() != null) {
                return new Expr.GeneratorExp(at, compElement(t.getChild(0)), compFor(t.comp_for()));
            }
            if (t.COMMA().isEmpty()) {
                Expr only = element((ParserRuleContext) t.getChild(0));
                if (only instanceof Expr.Starred) {
                    throw src.error("cannot use starred expression here", only.at());
                }
                return only;
            }
            return new Expr.TupleExpr(at, List.copyOf(elements(t)), Ctx.LOAD);
        }
        if (c instanceof ListAtomContext l) {
            Testlist_compContext t = l.testlist_comp();
            if (t == null) {
                return new Expr.ListExpr(at, List.of(), Ctx.LOAD);
            }
            if (t.comp_for() != null) {
                return new Expr.ListComp(at, compElement(t.getChild(0)), compFor(t.comp_for()));
            }
            return new Expr.ListExpr(at, List.copyOf(elements(t)), Ctx.LOAD);
        }
        return brace(at, ((BraceAtomContext) c).dictorsetmaker());
    }

    /** The element of a comprehension, which may not be starred. */
    private Expr compElement(ParseTree first) {
        Expr e = element((ParserRuleContext) first);
        if (e instanceof Expr.Starred) {
            throw src.error("iterable unpacking cannot be used in comprehension", e.at());
        }
        return e;
    }

    private Expr brace(Span at, DictorsetmakerContext c) {
        if (c == null) {
            return new Expr.DictExpr(at, List.of(), List.of());
        }
        List<Brace_itemContext> items = c.brace_item();
        Brace_itemContext first = items.get(0);
        boolean dict = first instanceof DoubleStarItemContext
                || (first instanceof PlainItemContext p && p.COLON() != null);
        if (c.comp_for() != null) {
            List<Comprehension> gens = compFor(c.comp_for());
            if (first instanceof DoubleStarItemContext d) {
                throw src.error("dict unpacking cannot be used in dict comprehension", src.span(d));
            }
            if (dict) {
                PlainItemContext p = (PlainItemContext) first;
                return new Expr.DictComp(at, test(p.test(0)), test(p.test(1)), gens);
            }
            Expr elt = braceSetItem(first);
            if (elt instanceof Expr.Starred) {
                throw src.error("iterable unpacking cannot be used in comprehension", elt.at());
            }
            return new Expr.SetComp(at, elt, gens);
        }
        if (dict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Brace_itemContext item : items) {
                if (item instanceof DoubleStarItemContext d) {
                    keys.add(null);
                    values.add(expr(d.expr()));
                } else if (item instanceof PlainItemContext p && p.COLON() != null) {
                    keys.add(test(p.test(0)));
                    values.add(test(p.test(1)));
                } else if (item instanceof PlainItemContext p) {
                    Span key = src.span(p);
                    throw src.error("SyntaxError", "':' expected after dictionary key", key.line(), key.col() + 1,
                            key.line(), 0);
                } else {
                    throw src.error("invalid syntax", src.span(item.start));
                }
            }
            return new Expr.DictExpr(at, java.util.Collections.unmodifiableList(keys), List.copyOf(values));
        }
        List<Expr> elts = new ArrayList<>();
        for (Brace_itemContext item : items) {
            if (item instanceof DoubleStarItemContext || (item instanceof PlainItemContext p && p.COLON() != null)) {
                Token bad = item instanceof PlainItemContext p ? p.COLON().getSymbol() : item.start;
                throw src.error("invalid syntax", src.span(bad));
            }
            elts.add(braceSetItem(item));
        }
        return new Expr.SetExpr(at, List.copyOf(elts));
    }

    private Expr braceSetItem(Brace_itemContext item) {
        if (item instanceof StarItemContext s) {
            return starExpr(s.star_expr());
        }
        if (item instanceof WalrusItemContext w) {
            Expr.Name target = new Expr.Name(src.span(w.NAME()), w.NAME().getText(), Ctx.STORE);
            return new Expr.NamedExpr(src.span(w), target, test(w.test()));
        }
        return test(((PlainItemContext) item).test(0));
    }

    List<Comprehension> compFor(Comp_forContext c) {
        List<Comprehension> out = new ArrayList<>();
        while (c != null) {
            Expr target = Targets.check(src, exprlist(c.exprlist()), Ctx.STORE, false);
            Expr iter = orTest(c.or_test());
            List<Expr> ifs = new ArrayList<>();
            for (Comp_ifContext i : c.comp_if()) {
                ifs.add(orTest(i.or_test()));
            }
            out.add(new Comprehension(target, iter, List.copyOf(ifs), c.ASYNC() != null));
            c = c.comp_for();
        }
        return List.copyOf(out);
    }

    // ---- lambda and parameters ----

    Expr lambdef(LambdefContext c) {
        Arguments args = Arguments.EMPTY;
        if (c.lambda_params() != null) {
            ParamsBuilder pb = new ParamsBuilder(src);
            for (Lambda_paramContext p : c.lambda_params().lambda_param()) {
                if (p instanceof LambdaPlainContext lp) {
                    pb.plain(new Arg(src.span(lp.NAME()), lp.NAME().getText(), null),
                            lp.test() == null ? null : test(lp.test()), src.span(lp.start));
                } else if (p instanceof LambdaStarContext ls) {
                    pb.star(ls.NAME() == null ? null : new Arg(src.span(ls.NAME()), ls.NAME().getText(), null),
                            src.span(ls.start), src.span(ls.STAR()));
                } else if (p instanceof LambdaKwContext lk) {
                    pb.kwarg(new Arg(src.span(lk.NAME()), lk.NAME().getText(), null), src.span(lk.start));
                } else {
                    pb.slash(src.span(p));
                }
            }
            args = pb.build();
        }
        return new Expr.Lambda(src.span(c), args, test(c.test()));
    }

    // ---- numbers ----

    static Object number(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = Character.toLowerCase(t.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(new BigInteger(t.substring(2), radix));
            }
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        if (t.length() <= 18) {
            return Long.parseLong(t);
        }
        return integer(new BigInteger(t));
    }

    private static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}

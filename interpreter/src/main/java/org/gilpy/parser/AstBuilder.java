package org.gilpy.parser;

import static org.gilpy.grammar.PythonParser.*;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.WithItem;

/** Builds gilpy's AST from the parse tree: the roots and statements (expressions in {@link ExprBuilder}). */
final class AstBuilder extends ExprBuilder {

    AstBuilder(SourceInfo src, StringLiterals.ExprParser fstringExprParser) {
        super(src, fstringExprParser);
    }

    // ---- roots ----

    Mod.Module module(File_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) {
            stmt(s, body);
        }
        return new Mod.Module(List.copyOf(body));
    }

    Mod.Interactive interactive(Single_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        if (c.simple_stmts() != null) {
            simpleStmts(c.simple_stmts(), body);
        } else if (c.compound_stmt() != null) {
            body.add(compound(c.compound_stmt()));
        } else {
            throw new PySyntaxError("SyntaxError", "invalid syntax", src.filename, 0, 0, null, 0, 0);
        }
        return new Mod.Interactive(List.copyOf(body));
    }

    Mod.Expression expression(Eval_inputContext c) {
        return new Mod.Expression(list(c.testlist()));
    }

    // ---- statements ----

    private void stmt(StmtContext c, List<Stmt> out) {
        if (c.compound_stmt() != null) {
            out.add(compound(c.compound_stmt()));
        } else {
            simpleStmts(c.simple_stmts(), out);
        }
    }

    private void simpleStmts(Simple_stmtsContext c, List<Stmt> out) {
        for (Simple_stmtContext s : c.simple_stmt()) {
            out.add(simple(s));
        }
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c.simple_stmts() != null) {
            simpleStmts(c.simple_stmts(), out);
        } else {
            for (StmtContext s : c.stmt()) {
                stmt(s, out);
            }
        }
        return List.copyOf(out);
    }

    private Stmt simple(Simple_stmtContext c) {
        ParserRuleContext s = (ParserRuleContext) c.getChild(0);
        Span at = src.span(s);
        if (s instanceof Expr_stmtContext e) {
            return exprStmt(e);
        }
        if (s instanceof Pass_stmtContext) {
            return new Stmt.Pass(at);
        }
        if (s instanceof Break_stmtContext) {
            return new Stmt.Break(at);
        }
        if (s instanceof Continue_stmtContext) {
            return new Stmt.Continue(at);
        }
        if (s instanceof Return_stmtContext r) {
            return new Stmt.Return(at, r.testlist_star_expr() == null ? null : testlist(r.testlist_star_expr()));
        }
        if (s instanceof Del_stmtContext d) {
            List<Expr> targets = new ArrayList<>();
            for (Expr e : elements(d.exprlist())) {
                targets.add(Targets.check(src, e, Ctx.DEL, false));
            }
            return new Stmt.Delete(at, List.copyOf(targets));
        }
        if (s instanceof Raise_stmtContext r) {
            Expr exc = r.test().isEmpty() ? null : test(r.test(0));
            Expr cause = r.test().size() > 1 ? test(r.test(1)) : null;
            return new Stmt.Raise(at, exc, cause);
        }
        if (s instanceof Global_stmtContext g) {
            return new Stmt.Global(at, names(g.NAME()));
        }
        if (s instanceof Nonlocal_stmtContext n) {
            return new Stmt.Nonlocal(at, names(n.NAME()));
        }
        if (s instanceof Assert_stmtContext a) {
            return new Stmt.Assert(at, test(a.test(0)), a.test().size() > 1 ? test(a.test(1)) : null);
        }
        if (s instanceof Import_nameContext i) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : i.dotted_as_names().dotted_as_name()) {
                names.add(new Alias(src.span(d), dotted(d.dotted_name()), d.NAME() == null ? null : d.NAME().getText()));
            }
            return new Stmt.Import(at, List.copyOf(names));
        }
        return importFrom(at, (Import_fromContext) s);
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(n.getText());
        }
        return List.copyOf(out);
    }

    private static String dotted(Dotted_nameContext d) {
        if (d.NAME().size() == 1) {
            return d.NAME(0).getText();
        }
        StringBuilder sb = new StringBuilder();
        for (TerminalNode n : d.NAME()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(n.getText());
        }
        return sb.toString();
    }

    private Stmt importFrom(Span at, Import_fromContext c) {
        int level = c.DOT().size() + 3 * c.ELLIPSIS().size();
        String module = c.dotted_name() == null ? null : dotted(c.dotted_name());
        Import_targetsContext t = c.import_targets();
        List<Alias> names = new ArrayList<>();
        if (t.STAR() != null) {
            names.add(new Alias(src.span(t.STAR()), "*", null));
        } else {
            for (Import_as_nameContext n : t.import_as_names().import_as_name()) {
                names.add(new Alias(src.span(n), n.NAME(0).getText(), n.NAME().size() > 1 ? n.NAME(1).getText() : null));
            }
        }
        return new Stmt.ImportFrom(at, module, List.copyOf(names), level);
    }

    /** The value after '=' or an augmented operator: a yield expression or an expression list. */
    private Expr rhs(ParserRuleContext c) {
        return c instanceof Yield_exprContext y ? yieldExpr(y) : testlist((Testlist_star_exprContext) c);
    }

    private Stmt exprStmt(Expr_stmtContext c) {
        Span at = src.span(c);
        // the operands, in order: targets..., value
        List<ParserRuleContext> parts = new ArrayList<>();
        for (ParseTree child : c.children) {
            if (child instanceof Testlist_star_exprContext || child instanceof Yield_exprContext) {
                parts.add((ParserRuleContext) child);
            }
        }
        Expr first = rhs(parts.get(0));
        if (c.annassign() != null) {
            return annAssign(at, c, first);
        }
        if (c.augassign() != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw src.error("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment",
                        first.at());
            }
            Expr target = Targets.withCtx(first, Ctx.STORE);
            return new Stmt.AugAssign(at, target, augop(c.augassign().start.getType()), rhs(parts.get(1)));
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(at, first);
        }
        List<Expr> targets = new ArrayList<>();
        boolean single = parts.size() == 2;
        targets.add(Targets.check(src, first, Ctx.STORE, single));
        for (int i = 1; i < parts.size() - 1; i++) {
            targets.add(Targets.check(src, rhs(parts.get(i)), Ctx.STORE, false));
        }
        return new Stmt.Assign(at, List.copyOf(targets), rhs(parts.get(parts.size() - 1)));
    }

    private Stmt annAssign(Span at, Expr_stmtContext c, Expr target) {
        if (target instanceof Expr.TupleExpr) {
            throw src.error("only single target (not tuple) can be annotated", target.at());
        }
        if (target instanceof Expr.ListExpr) {
            throw src.error("only single target (not list) can be annotated", target.at());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw src.error("illegal target for annotation", target.at());
        }
        boolean simple = target instanceof Expr.Name && c.start.getType() == NAME;
        AnnassignContext a = c.annassign();
        Expr value = null;
        if (a.yield_expr() != null) {
            value = yieldExpr(a.yield_expr());
        } else if (a.testlist_star_expr() != null) {
            value = testlist(a.testlist_star_expr());
        }
        return new Stmt.AnnAssign(at, Targets.withCtx(target, Ctx.STORE), test(a.test()), value, simple);
    }

    // ---- compound statements ----

    private Stmt compound(Compound_stmtContext c) {
        ParserRuleContext s = (ParserRuleContext) c.getChild(0);
        if (s instanceof If_stmtContext i) {
            return ifStmt(i);
        }
        if (s instanceof While_stmtContext w) {
            Expr test = namedexpr(w.namedexpr_test());
            List<Stmt> body = block(w.block());
            List<Stmt> orelse = w.else_clause() == null ? List.of() : block(w.else_clause().block());
            return new Stmt.While(extent(w, body, orelse), test, body, orelse);
        }
        if (s instanceof For_stmtContext f) {
            return forStmt(f, null);
        }
        if (s instanceof Try_stmtContext t) {
            return tryStmt(t);
        }
        if (s instanceof With_stmtContext w) {
            return withStmt(w, null);
        }
        if (s instanceof Match_stmtContext m) {
            return new PatternBuilder(this).match(m, this::block);
        }
        if (s instanceof FuncdefContext f) {
            return funcdef(f, List.of(), null);
        }
        if (s instanceof ClassdefContext k) {
            return classdef(k, List.of());
        }
        if (s instanceof DecoratedContext d) {
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dc : d.decorator()) {
                decorators.add(namedexpr(dc.namedexpr_test()));
            }
            if (d.async_funcdef() != null) {
                return funcdef(d.async_funcdef().funcdef(), List.copyOf(decorators),
                        d.async_funcdef().ASYNC().getSymbol());
            }
            if (d.funcdef() != null) {
                return funcdef(d.funcdef(), List.copyOf(decorators), null);
            }
            return classdef(d.classdef(), List.copyOf(decorators));
        }
        Async_stmtContext a = (Async_stmtContext) s;
        Token async = a.ASYNC().getSymbol();
        if (a.funcdef() != null) {
            return funcdef(a.funcdef(), List.of(), async);
        }
        return a.with_stmt() != null ? withStmt(a.with_stmt(), async) : forStmt(a.for_stmt(), async);
    }

    /** A for statement; async, when non-null, is the {@code async} token before it. */
    private Stmt forStmt(For_stmtContext f, Token async) {
        Expr target = Targets.check(src, exprlist(f.exprlist()), Ctx.STORE, false);
        Expr iter = testlist(f.testlist_star_expr());
        List<Stmt> body = block(f.block());
        List<Stmt> orelse = f.else_clause() == null ? List.of() : block(f.else_clause().block());
        return new Stmt.For(extent(async != null ? async : f.start, body, orelse), target, iter, body, orelse,
                async != null);
    }

    /** From the start of {@code c} to the end of the last statement of the last non-empty body. */
    private Span extent(ParserRuleContext c, List<Stmt> body, List<Stmt> orelse) {
        return extent(c.start, body, orelse);
    }

    private Span extent(Token start, List<Stmt> body, List<Stmt> orelse) {
        List<Stmt> last = orelse.isEmpty() ? body : orelse;
        return src.span(start).to(last.get(last.size() - 1).at());
    }

    private Stmt ifStmt(If_stmtContext c) {
        // build the elif chain from the end
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        List<Elif_clauseContext> elifs = c.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            Expr test = namedexpr(e.namedexpr_test());
            List<Stmt> body = block(e.block());
            orelse = List.of(new Stmt.If(extent(e, body, orelse), test, body, orelse));
        }
        Expr test = namedexpr(c.namedexpr_test());
        List<Stmt> body = block(c.block());
        return new Stmt.If(extent(c, body, orelse), test, body, orelse);
    }

    private Stmt tryStmt(Try_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = !c.except_clause().isEmpty() && c.except_clause(0).STAR() != null;
        for (Except_clauseContext e : c.except_clause()) {
            if ((e.STAR() != null) != star) {
                throw src.error("cannot have both 'except' and 'except*' on the same 'try'", src.span(e.EXCEPT()));
            }
            if (star && e.test() == null) {
                throw src.error("expected one or more exception types", src.span(e.COLON()));
            }
            Expr type = e.test() == null ? null : test(e.test());
            List<Stmt> hbody = block(e.block());
            Span at = src.span(e.start).to(hbody.get(hbody.size() - 1).at());
            handlers.add(new ExceptHandler(at, type, e.NAME() == null ? null : e.NAME().getText(), hbody));
        }
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        List<Stmt> finalbody = c.finally_clause() == null ? List.of() : block(c.finally_clause().block());
        Span end;
        if (!finalbody.isEmpty()) {
            end = finalbody.get(finalbody.size() - 1).at();
        } else if (!orelse.isEmpty()) {
            end = orelse.get(orelse.size() - 1).at();
        } else {
            end = handlers.get(handlers.size() - 1).at();
        }
        return new Stmt.Try(src.span(c.start).to(end), body, List.copyOf(handlers), orelse, finalbody, star);
    }

    private Stmt withStmt(With_stmtContext c, Token async) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : c.with_item()) {
            Expr ctx = test(w.test());
            Expr vars = w.expr() == null ? null : Targets.check(src, expr(w.expr()), Ctx.STORE, false);
            items.add(new WithItem(ctx, vars));
        }
        List<Stmt> body = block(c.block());
        return new Stmt.With(extent(async != null ? async : c.start, body, List.of()), List.copyOf(items), body,
                async != null);
    }

    private Stmt funcdef(FuncdefContext c, List<Expr> decorators, Token async) {
        Arguments args = Arguments.EMPTY;
        if (c.paramlist() != null) {
            ParamsBuilder pb = new ParamsBuilder(src);
            for (ParamContext p : c.paramlist().param()) {
                Span at = src.span(p.start);
                if (p instanceof PlainParamContext pp) {
                    Expr ann = pp.COLON() != null ? test(pp.test(0)) : null;
                    Expr dflt = pp.ASSIGN() != null ? test(pp.test(pp.test().size() - 1)) : null;
                    Span argAt = ann == null ? src.span(pp.NAME()) : src.span(pp.NAME()).to(ann.at());
                    pb.plain(new Arg(argAt, pp.NAME().getText(), ann), dflt, at);
                } else if (p instanceof StarParamContext sp) {
                    Arg arg = null;
                    if (sp.NAME() != null) {
                        Expr ann = sp.test() == null ? null : test(sp.test());
                        Span argAt = ann == null ? src.span(sp.NAME()) : src.span(sp.NAME()).to(ann.at());
                        arg = new Arg(argAt, sp.NAME().getText(), ann);
                    }
                    pb.star(arg, at, src.span(sp.STAR()));
                } else if (p instanceof KwParamContext kp) {
                    Expr ann = kp.test() == null ? null : test(kp.test());
                    Span argAt = ann == null ? src.span(kp.NAME()) : src.span(kp.NAME()).to(ann.at());
                    pb.kwarg(new Arg(argAt, kp.NAME().getText(), ann), at);
                } else {
                    pb.slash(at);
                }
            }
            args = pb.build();
        }
        Expr returns = c.test() == null ? null : test(c.test());
        List<Stmt> body = block(c.block());
        return new Stmt.FunctionDef(extent(async != null ? async : c.start, body, List.of()), c.NAME().getText(), args,
                body, decorators, returns, async != null);
    }

    private Stmt classdef(ClassdefContext c, List<Expr> decorators) {
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (c.arglist() != null) {
            Expr.Call call = (Expr.Call) call(src.span(c), new Expr.Name(src.span(c.NAME()), c.NAME().getText(), Ctx.LOAD),
                    c.arglist(), src.span(c.LPAR().getSymbol(), c.RPAR().getSymbol()));
            bases = call.args();
            keywords = call.keywords();
        }
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(extent(c, body, List.of()), c.NAME().getText(), bases, keywords, body, decorators);
    }
}

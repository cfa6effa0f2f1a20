package org.gilpy.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.MatchCase;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Node;
import org.gilpy.ast.Pattern;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.WithItem;
import org.gilpy.compiler.Scope.Binding;
import org.gilpy.compiler.Scope.Kind;
import org.gilpy.parser.PySyntaxError;

import static org.gilpy.compiler.Scope.DEF_ANNOT;
import static org.gilpy.compiler.Scope.DEF_BOUND;
import static org.gilpy.compiler.Scope.DEF_COMP_ITER;
import static org.gilpy.compiler.Scope.DEF_FREE_CLASS;
import static org.gilpy.compiler.Scope.DEF_GLOBAL;
import static org.gilpy.compiler.Scope.DEF_IMPORT;
import static org.gilpy.compiler.Scope.DEF_LOCAL;
import static org.gilpy.compiler.Scope.DEF_NONLOCAL;
import static org.gilpy.compiler.Scope.DEF_PARAM;
import static org.gilpy.compiler.Scope.USE;

/**
 * Decides, for every block of a module, where each name lives (CPython's {@code symtable.c}
 * rules), in two passes.
 *
 * <p>The first pass walks the AST and records flags per name and block: assigned, parameter,
 * used, declared global or nonlocal, imported. Function defaults, decorators, annotations, class
 * bases and a comprehension's first iterable belong to the enclosing block; a comprehension is a
 * function block of its own with the hidden parameter {@code .0}; a walrus inside a comprehension
 * binds in the nearest enclosing function (or the module); a load of {@code super} in a function
 * counts as a use of {@code __class__}. Names of the form {@code __x} are mangled inside a class.
 *
 * <p>The second pass resolves the flags top-down. Each function passes the set of names it binds
 * down to its children; a name a child uses without binding it is FREE there if some enclosing
 * function binds it, and then becomes a CELL in that function. Class bodies do not bind names for
 * their methods (they are skipped for free-variable resolution), except {@code __class__}: a class
 * whose methods need it gets an implicit {@code __class__} cell.
 */
public final class Symtable {
    private final SourceText src;
    private final Map<Object, Scope> byNode = new IdentityHashMap<>();
    private final Deque<Scope> stack = new ArrayDeque<>();
    private final Scope top;
    private Scope cur;
    /** The enclosing class's name, for mangling private names. */
    private String privateName;

    private Symtable(SourceText src) {
        this.src = src;
        this.top = new Scope(Kind.MODULE, "top", null, null, null);
        this.cur = top;
        stack.push(top);
    }

    /** Builds the symbol tables of a module, expression or interactive statement. */
    public static Symtable build(Mod mod, String filename, String source) {
        return build(mod, new SourceText(filename, source));
    }

    static Symtable build(Mod mod, SourceText src) {
        Symtable st = new Symtable(src);
        if (mod instanceof Mod.Module m) {
            st.stmts(m.body());
        } else if (mod instanceof Mod.Interactive i) {
            st.stmts(i.body());
        } else {
            st.expr(((Mod.Expression) mod).body());
        }
        st.analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>());
        return st;
    }

    public Scope top() {
        return top;
    }

    /** The block of a FunctionDef, ClassDef, Lambda or comprehension node. */
    public Scope scopeOf(Node node) {
        Scope s = byNode.get(node);
        if (s == null) {
            throw new IllegalArgumentException("no scope for " + node);
        }
        return s;
    }

    /** CPython's private name mangling: {@code __x} inside class {@code C} is {@code _C__x}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        return i == privateName.length() ? name : "_" + privateName.substring(i) + name;
    }

    // ---- first pass: collect flags ----

    private void enter(Kind kind, String name, Node node, String comprehension) {
        Scope s = new Scope(kind, name, node, cur, comprehension);
        s.nested = cur.kind == Kind.FUNCTION || cur.nested;
        s.compIterExpr = cur.compIterExpr;
        cur.children.add(s);
        byNode.put(node, s);
        stack.push(s);
        cur = s;
    }

    private void exit() {
        stack.pop();
        cur = stack.peek();
    }

    private void addDef(String name, int flag, Span at) {
        addDef(cur, name, flag, at);
    }

    private void addDef(Scope s, String rawName, int flag, Span at) {
        String name = mangle(privateName, rawName);
        int old = s.flagsOf(name);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
            throw src.error("duplicate argument '" + name + "' in function definition", at);
        }
        int val = old | flag;
        if (s.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw src.error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        at);
            }
            val |= DEF_COMP_ITER;
        }
        s.flags.put(name, val);
        if ((flag & DEF_PARAM) != 0) {
            s.params.add(name);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.flags.put(name, top.flagsOf(name) | flag);
        }
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            addDef(f.name(), DEF_LOCAL, f.at());
            exprs(f.args().defaults());
            exprs(f.args().kwDefaults());
            annotations(f.args(), f.returns());
            exprs(f.decorators());
            enter(Kind.FUNCTION, f.name(), f, null);
            cur.coroutine = f.isAsync();
            params(f.args());
            stmts(f.body());
            exit();
        } else if (s instanceof Stmt.ClassDef c) {
            addDef(c.name(), DEF_LOCAL, c.at());
            exprs(c.bases());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            exprs(c.decorators());
            String outerPrivate = privateName;
            enter(Kind.CLASS, c.name(), c, null);
            privateName = c.name();
            stmts(c.body());
            privateName = outerPrivate;
            exit();
        } else if (s instanceof Stmt.Return r) {
            if (cur.kind != Kind.FUNCTION) {
                throw src.error("'return' outside function", r.at());
            }
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            exprs(a.targets());
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            if (f.isAsync()) {
                requireAsyncFunction("'async for' outside async function", f.at());
            }
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync()) {
                requireAsyncFunction("'async with' outside async function", w.at());
            }
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                if (item.optionalVars() != null) {
                    expr(item.optionalVars());
                }
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            stmts(t.orelse());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    addDef(h.name(), DEF_LOCAL, h.at());
                }
                stmts(h.body());
            }
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase mc : m.cases()) {
                pattern(mc.pattern());
                if (mc.guard() != null) {
                    expr(mc.guard());
                }
                stmts(mc.body());
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Import i) {
            aliases(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            aliases(i.names());
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), DEF_GLOBAL, "global", g.at());
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(n.names(), DEF_NONLOCAL, "nonlocal", n.at());
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
        // Pass, Break, Continue: nothing to record.
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            expr(v.value());
        } else if (p instanceof Pattern.MatchSequence q) {
            q.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys());
            m.patterns().forEach(this::pattern);
            if (m.rest() != null) {
                addDef(m.rest(), DEF_LOCAL, m.at());
            }
        } else if (p instanceof Pattern.MatchClass c) {
            expr(c.cls());
            c.patterns().forEach(this::pattern);
            c.kwdPatterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchStar st && st.name() != null) {
            addDef(st.name(), DEF_LOCAL, st.at());
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                addDef(a.name(), DEF_LOCAL, a.at());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::pattern);
        }
    }

    private void params(Arguments a) {
        for (Arg p : a.posonlyargs()) {
            addDef(p.name(), DEF_PARAM, p.at());
        }
        for (Arg p : a.args()) {
            addDef(p.name(), DEF_PARAM, p.at());
        }
        for (Arg p : a.kwonlyargs()) {
            addDef(p.name(), DEF_PARAM, p.at());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().name(), DEF_PARAM, a.vararg().at());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().name(), DEF_PARAM, a.kwarg().at());
            cur.varkeywords = true;
        }
    }

    private void annotations(Arguments a, Expr returns) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg p : group) {
                if (p.annotation() != null) {
                    expr(p.annotation());
                }
            }
        }
        for (Arg p : new Arg[] {a.vararg(), a.kwarg()}) {
            if (p != null && p.annotation() != null) {
                expr(p.annotation());
            }
        }
        if (returns != null) {
            expr(returns);
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int old = cur.flagsOf(mangle(privateName, n.id()));
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple()) {
                String which = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw src.error("annotated name '" + n.id() + "' can't be " + which, a.at());
            }
            if (a.simple()) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.at());
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.at());
            }
        } else {
            expr(a.target());
        }
        expr(a.annotation());
        if (a.value() != null) {
            expr(a.value());
        }
    }

    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind != Kind.MODULE) {
                    throw src.error("import * only allowed at module level", a.at());
                }
                continue;
            }
            String bound = a.asname() != null ? a.asname() : a.name();
            int dot = bound.indexOf('.');
            addDef(dot >= 0 ? bound.substring(0, dot) : bound, DEF_IMPORT, a.at());
        }
    }

    private void declare(List<String> names, int flag, String what, Span at) {
        for (String name : names) {
            int old = cur.flagsOf(mangle(privateName, name));
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((old & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((old & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((old & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw src.error(msg, at);
            }
            addDef(name, flag, at);
            cur.directives.putIfAbsent(mangle(privateName, name), at);
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            addDef(n.id(), n.ctx() == Ctx.LOAD ? USE : DEF_LOCAL, n.at());
            if (n.ctx() == Ctx.LOAD && cur.kind == Kind.FUNCTION && n.id().equals("super")) {
                addDef("__class__", USE, n.at());
            }
        } else if (e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.TupleExpr t) {
            exprs(t.elts());
        } else if (e instanceof Expr.ListExpr l) {
            exprs(l.elts());
        } else if (e instanceof Expr.SetExpr s) {
            exprs(s.elts());
        } else if (e instanceof Expr.DictExpr d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    expr(part);
                }
            }
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        } else if (e instanceof Expr.Lambda l) {
            exprs(l.args().defaults());
            exprs(l.args().kwDefaults());
            enter(Kind.FUNCTION, "lambda", l, null);
            params(l.args());
            expr(l.body());
            exit();
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.Yield y) {
            yieldExpr(y.value(), y.at());
        } else if (e instanceof Expr.YieldFrom y) {
            if (cur.coroutine && cur.comprehension == null) {
                throw src.error("'yield from' inside async function", y.at());
            }
            yieldExpr(y.value(), y.at());
        } else if (e instanceof Expr.Await a) {
            awaitExpr(a);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "listcomp", "list comprehension", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "setcomp", "set comprehension", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "genexpr", "generator expression", c.generators(), c.elt(), null);
        } else {
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }

    /**
     * An await belongs in an async function; in a comprehension it makes the comprehension
     * asynchronous, which its end checks (an async comprehension needs an async caller).
     */
    private void awaitExpr(Expr.Await a) {
        if (cur.kind != Kind.FUNCTION) {
            throw src.error("'await' outside function", a.at());
        }
        if (cur.comprehension != null) {
            cur.coroutine = true;
        } else if (!cur.coroutine) {
            throw src.error("'await' outside async function", a.at());
        }
        expr(a.value());
    }

    private void requireAsyncFunction(String message, Span at) {
        if (cur.kind != Kind.FUNCTION || !cur.coroutine || cur.comprehension != null) {
            throw src.error(message, at);
        }
    }

    private void yieldExpr(Expr value, Span at) {
        if (value != null) {
            expr(value);
        }
        if (cur.comprehension != null) {
            throw src.error("'yield' inside " + cur.comprehension, at);
        }
        if (cur.kind != Kind.FUNCTION) {
            throw src.error("'yield' outside function", at);
        }
        cur.generator = true;
    }

    private void comprehension(Expr e, String name, String what, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension outer = gens.get(0);
        cur.compIterExpr++;
        expr(outer.iter());
        cur.compIterExpr--;
        enter(Kind.FUNCTION, name, e, what);
        cur.generator = e instanceof Expr.GeneratorExp;
        for (Comprehension g : gens) {
            cur.coroutine |= g.isAsync();
        }
        addDef(".0", DEF_PARAM, e.at());
        iterTarget(outer.target());
        exprs(outer.ifs());
        for (Comprehension g : gens.subList(1, gens.size())) {
            iterTarget(g.target());
            cur.compIterExpr++;
            expr(g.iter());
            cur.compIterExpr--;
            exprs(g.ifs());
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        if (cur.coroutine && !cur.generator) {
            // awaiting it makes the enclosing block asynchronous too, which must be allowed there
            Scope outerScope = cur.parent;
            if (outerScope.comprehension != null) {
                outerScope.coroutine = true;
            } else if (outerScope.kind != Kind.FUNCTION || !outerScope.coroutine) {
                throw src.error("asynchronous comprehension outside of an asynchronous function", e.at());
            }
        }
        exit();
    }

    private void iterTarget(Expr target) {
        cur.compIterTarget = true;
        expr(target);
        cur.compIterTarget = false;
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw src.error("assignment expression cannot be used in a comprehension iterable expression", n.at());
        }
        if (cur.comprehension != null) {
            extendNamedExprScope(n.target());
        }
        expr(n.value());
        expr(n.target());
    }

    /** A walrus in a comprehension binds in the nearest enclosing non-comprehension block. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = mangle(privateName, target.id());
        for (Iterator<Scope> it = stack.iterator(); it.hasNext(); ) {
            Scope s = it.next();
            if (s.comprehension != null) {
                if ((s.flagsOf(name) & DEF_COMP_ITER) != 0) {
                    throw src.error("assignment expression cannot rebind comprehension iteration variable '"
                            + target.id() + "'", target.at());
                }
                continue;
            }
            if (s.kind == Kind.FUNCTION) {
                int flag = (s.flagsOf(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL;
                addDef(target.id(), flag, target.at());
                cur.directives.putIfAbsent(name, target.at());
                addDef(s, target.id(), DEF_LOCAL, target.at());
                return;
            }
            if (s.kind == Kind.MODULE) {
                addDef(target.id(), DEF_GLOBAL, target.at());
                cur.directives.putIfAbsent(name, target.at());
                addDef(s, target.id(), DEF_GLOBAL, target.at());
                return;
            }
            throw src.error("assignment expression within a comprehension cannot be used in a class body", target.at());
        }
    }

    // ---- second pass: resolve bindings ----

    /**
     * Resolves block {@code s}. {@code bound}: names bound by enclosing functions (null at module
     * level); {@code free}: receives the names free in s or its children; {@code global}: names
     * known to be global.
     */
    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (s.kind == Kind.CLASS) {
            // A class body's names are invisible to its methods: children see what the class saw.
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind != Kind.CLASS) {
            if (s.kind == Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> childrenFree = new HashSet<>();
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            childrenFree.addAll(childFree);
        }
        newFree.addAll(childrenFree);
        if (s.kind == Kind.FUNCTION) {
            for (Map.Entry<String, Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Binding.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(Binding.CELL);
                }
            }
        } else if (s.kind == Kind.CLASS && newFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        recordChildFrees(s, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local, Set<String> free,
                             Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw atDirective(s, name, "name '" + name + "' is nonlocal and global");
            }
            s.bindings.put(name, Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
        } else if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(s, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(s, name, "no binding for nonlocal '" + name + "' found");
            }
            s.bindings.put(name, Binding.FREE);
            free.add(name);
        } else if ((flags & DEF_BOUND) != 0) {
            s.bindings.put(name, Binding.LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            s.bindings.put(name, Binding.FREE);
            free.add(name);
        } else {
            s.bindings.put(name, Binding.GLOBAL_IMPLICIT);
        }
    }

    /** Names free in the children but not mentioned here pass through this block as FREE. */
    private static void recordChildFrees(Scope s, Set<String> bound, Set<String> free) {
        for (String name : free) {
            Integer flags = s.flags.get(name);
            if (flags != null) {
                if (s.kind == Kind.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    s.flags.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            s.flags.put(name, 0);
            s.bindings.put(name, Binding.FREE);
        }
    }

    private PySyntaxError atDirective(Scope s, String name, String msg) {
        Span at = s.directives.get(name);
        return src.error(msg, at != null ? at : Span.NONE);
    }
}

package org.gilpy.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Node;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.compiler.CodeBuilder.Label;
import org.gilpy.compiler.Scope.Binding;
import org.gilpy.parser.PySyntaxError;

import static org.gilpy.bytecode.Opcode.*;

/**
 * gilpy's compiler: AST to code objects, following CPython 3.11's {@code compile.c} code shapes
 * on gilpy's instruction set ({@link Opcode}).
 *
 * <p>{@link Symtable} first decides where every name lives. Then each module, class body,
 * function, lambda and comprehension becomes a {@link Unit} with its own {@link CodeBuilder};
 * {@link StmtCompiler} and {@link ExprCompiler} emit the instructions, this class handles what
 * spans units (entering and leaving them, qualified names, closures, name resolution), and
 * {@link Assembler} produces the {@link PyCode}.
 */
public final class Compiler {
    final SourceText src;
    private final Symtable symtable;
    private final boolean interactive;
    private final SyntaxWarnings warnings;
    /** {@code from __future__ import annotations}: annotations are kept as their source text. */
    private boolean annotationsAsText;
    private final ArrayDeque<Unit> outer = new ArrayDeque<>();
    final ExprCompiler expr;
    final StmtCompiler stmt;
    Unit u;

    private Compiler(SourceText src, Symtable symtable, boolean interactive, SyntaxWarnings warnings) {
        this.src = src;
        this.warnings = warnings;
        this.symtable = symtable;
        this.interactive = interactive;
        this.expr = new ExprCompiler(this);
        this.stmt = new StmtCompiler(this);
    }

    /**
     * Compiles a parsed module ({@code exec}), expression ({@code eval}: the code returns its
     * value) or interactive statement ({@code single}: expression statements print their value).
     *
     * @param source the source text, for the line shown by syntax errors (may be null)
     * @throws PySyntaxError for errors the parser cannot see (scoping, misplaced return/break...)
     */
    public static PyCode compile(Mod mod, String filename, String source) {
        return compile(mod, filename, source, SyntaxWarnings.IGNORE);
    }

    /** {@link #compile(Mod, String, String)}, reporting SyntaxWarnings to {@code warnings}. */
    public static PyCode compile(Mod mod, String filename, String source, SyntaxWarnings warnings) {
        SourceText src = new SourceText(filename, source);
        Compiler c = new Compiler(src, Symtable.build(mod, src), mod instanceof Mod.Interactive, warnings);
        return c.module(mod);
    }

    private PyCode module(Mod mod) {
        enter(symtable.top(), Unit.Kind.MODULE, "<module>", 1, null);
        if (mod instanceof Mod.Module m) {
            annotationsAsText = hasFutureAnnotations(m.body());
            body(m.body());
        } else if (mod instanceof Mod.Interactive i) {
            if (StmtCompiler.hasAnnotations(i.body())) {
                emit(SETUP_ANNOTATIONS);
            }
            stmt.visitAll(i.body());
        } else {
            expr.visit(((Mod.Expression) mod).body());
            emit(RETURN_VALUE);
        }
        return leave();
    }

    /** Future statements come first, after the docstring. */
    private static boolean hasFutureAnnotations(List<Stmt> body) {
        for (int i = docstring(body) == null ? 0 : 1; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) {
                break;
            }
            if (f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                return true;
            }
        }
        return false;
    }

    /** Pushes an annotation's value: evaluated, or its source text under future annotations. */
    void annotation(Expr e) {
        if (annotationsAsText) {
            Span saved = code().loc;
            code().loc = e.at();
            loadConst(src.segment(e.at()));
            code().loc = saved;
        } else {
            expr.visit(e);
        }
    }

    /** Whether annotations of complex targets ({@code a.b: int}) are evaluated. */
    boolean evaluatesAnnotations() {
        return !annotationsAsText;
    }

    /** Whether expression statements print their value (the REPL's top level). */
    boolean printsExpressions() {
        return interactive && outer.isEmpty();
    }

    // ---- emission shortcuts for the current unit ----

    CodeBuilder code() {
        return u.code;
    }

    void emit(Opcode op) {
        u.code.emit(op);
    }

    void emit(Opcode op, int arg) {
        u.code.emit(op, arg);
    }

    void jump(Opcode op, Label target) {
        u.code.jump(op, target);
    }

    void loadConst(Object key) {
        u.code.loadConst(key);
    }

    /** An instruction naming an attribute, import or global: the name is mangled first. */
    void emitName(Opcode op, String name) {
        u.code.emit(op, u.code.addName(Symtable.mangle(u.privateName, name)));
    }

    void warn(String msg, Span at) {
        if (warnings.warn(msg, at.line())) {
            throw error(msg, at);
        }
    }

    PySyntaxError error(String msg, Span at) {
        return src.error(msg, at);
    }

    // ---- units ----

    private void enter(Scope scope, Unit.Kind kind, String name, int firstlineno, Node node) {
        Unit parent = u;
        String privateName = kind == Unit.Kind.CLASS ? name : parent != null ? parent.privateName : null;
        Unit unit = new Unit(scope, kind, name, qualname(parent, kind, name), privateName, firstlineno);
        if (parent != null) {
            outer.push(parent);
        }
        u = unit;
        CodeBuilder code = unit.code;
        List<String> cells = scope.cellvars();
        for (String param : code.varnames.keySet()) {
            if (cells.contains(param)) {
                code.cell(MAKE_CELL, param);
            }
        }
        for (String cell : cells) {
            if (!unit.code.varnames.containsKey(cell)) {
                code.cell(MAKE_CELL, cell);
            }
        }
        int nfree = scope.freevars().size();
        if (nfree > 0) {
            emit(COPY_FREE_VARS, nfree);
        }
        Span at = node == null ? Span.NONE : node.at();
        Span header = node == null ? Span.NONE : new Span(firstlineno, at.col(), Math.max(firstlineno, at.endLine()),
                at.endCol());
        if (scope.generator || scope.coroutine) {
            code.loc = header;
            emit(RETURN_GENERATOR);
            code.loc = Span.NONE;
            emit(POP_TOP);
            unit.stopIterationHandler = code.setup(new Label(), CodeBuilder.HandlerKind.CLEANUP);
        }
        code.loc = header;
        emit(RESUME);
    }

    private String qualname(Unit parent, Unit.Kind kind, String name) {
        if (parent == null || parent.kind == Unit.Kind.MODULE) {
            return name;
        }
        if (kind == Unit.Kind.FUNCTION || kind == Unit.Kind.CLASS) {
            String mangled = Symtable.mangle(parent.privateName, name);
            if (parent.scope.binding(mangled) == Binding.GLOBAL_EXPLICIT) {
                return name;
            }
        }
        boolean inFunction = parent.kind == Unit.Kind.FUNCTION || parent.kind == Unit.Kind.LAMBDA;
        return parent.qualname + (inFunction ? ".<locals>." : ".") + name;
    }

    /** Ends the current unit (adding the implicit {@code return None}) and assembles it. */
    private PyCode leave() {
        CodeBuilder code = u.code;
        if (!code.endsBlock()) {
            code.loc = Span.NONE;
            loadConst(Constants.NONE);
            emit(RETURN_VALUE);
        }
        if (u.stopIterationHandler != null) {
            code.popHandler();
            code.loc = Span.NONE;
            code.bind(u.stopIterationHandler.target);
            emit(STOPITERATION_ERROR);
            emit(RERAISE, 1);
        }
        PyCode co = Assembler.assemble(u, src.filename);
        u = outer.isEmpty() ? null : outer.pop();
        return co;
    }

    /** A module or class body: annotations set-up, docstring, statements. */
    void body(List<Stmt> body) {
        if (u.kind == Unit.Kind.MODULE && !body.isEmpty()) {
            code().loc = body.get(0).at();
        }
        if (StmtCompiler.hasAnnotations(body)) {
            emit(SETUP_ANNOTATIONS);
        }
        String doc = docstring(body);
        if (doc != null) {
            code().loc = body.get(0).at();
            loadConst(doc);
            nameOp("__doc__", Ctx.STORE);
        }
        stmt.visitAll(doc == null ? body : body.subList(1, body.size()));
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    // ---- names ----

    /** Load, store or delete a variable, with the instruction its scope calls for. */
    void nameOp(String rawName, Ctx ctx) {
        String name = Symtable.mangle(u.privateName, rawName);
        Binding b = u.scope.binding(name);
        boolean function = u.scope.isFunction();
        CodeBuilder code = u.code;
        if (b == Binding.FREE || b == Binding.CELL) {
            code.cell(switch (ctx) {
                case LOAD -> u.scope.kind == Scope.Kind.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                case STORE -> STORE_DEREF;
                case DEL -> DELETE_DEREF;
            }, name);
        } else if (b == Binding.LOCAL && function) {
            code.fast(ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST, name);
        } else if (b == Binding.GLOBAL_EXPLICIT || (b == Binding.GLOBAL_IMPLICIT && function)) {
            int index = code.addName(name);
            switch (ctx) {
                case LOAD -> emit(LOAD_GLOBAL, index << 1);
                case STORE -> emit(STORE_GLOBAL, index);
                case DEL -> emit(DELETE_GLOBAL, index);
            }
        } else {
            emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, code.addName(name));
        }
    }

    /** Pushes {@code [NULL, value of name]} for a call: one LOAD_GLOBAL when the name is global. */
    void loadForCall(String rawName) {
        String name = Symtable.mangle(u.privateName, rawName);
        Binding b = u.scope.binding(name);
        if (b == Binding.GLOBAL_EXPLICIT || (b == Binding.GLOBAL_IMPLICIT && u.scope.isFunction())) {
            emit(LOAD_GLOBAL, u.code.addName(name) << 1 | 1);
        } else {
            emit(PUSH_NULL);
            nameOp(rawName, Ctx.LOAD);
        }
    }

    /**
     * The receiver of a zero-argument {@code super()} in this unit, or null when the call must
     * stay an ordinary call: {@code super} must be the builtin (not a local or enclosing name),
     * the unit a function with a positional parameter, inside a class ({@code __class__} free).
     */
    String superReceiver() {
        Binding superBinding = u.scope.binding("super");
        if (!u.scope.isFunction() || u.argcount == 0 || u.scope.binding("__class__") != Binding.FREE
                || (superBinding != Binding.GLOBAL_IMPLICIT && superBinding != null)) {
            return null;
        }
        return u.scope.params.get(0);
    }

    // ---- functions, lambdas, classes, comprehensions ----

    void functionDef(Stmt.FunctionDef f) {
        int firstlineno = f.decorators().isEmpty() ? f.at().line() : f.decorators().get(0).at().line();
        for (Expr d : f.decorators()) {
            expr.visit(d);
        }
        int flags = defaults(f.args());
        if (annotations(f.args(), f.returns())) {
            flags |= 0x04;
        }
        enter(symtable.scopeOf(f), Unit.Kind.FUNCTION, f.name(), firstlineno, f);
        String doc = docstring(f.body());
        code().addConst(doc != null ? doc : Constants.NONE);
        setArgCounts(f.args());
        stmt.visitAll(doc == null ? f.body() : f.body().subList(1, f.body().size()));
        makeClosure(leave(), flags);
        applyDecorators(f.decorators());
        code().loc = f.at();
        nameOp(f.name(), Ctx.STORE);
    }

    void lambda(Expr.Lambda l) {
        int flags = defaults(l.args());
        enter(symtable.scopeOf(l), Unit.Kind.LAMBDA, "<lambda>", l.at().line(), l);
        code().addConst(Constants.NONE);
        setArgCounts(l.args());
        expr.visit(l.body());
        emit(RETURN_VALUE);
        makeClosure(leave(), flags);
    }

    void classDef(Stmt.ClassDef c) {
        int firstlineno = c.decorators().isEmpty() ? c.at().line() : c.decorators().get(0).at().line();
        for (Expr d : c.decorators()) {
            expr.visit(d);
        }
        enter(symtable.scopeOf(c), Unit.Kind.CLASS, c.name(), firstlineno, c);
        code().loc = c.at();
        nameOp("__name__", Ctx.LOAD);
        nameOp("__module__", Ctx.STORE);
        loadConst(u.qualname);
        nameOp("__qualname__", Ctx.STORE);
        body(c.body());
        code().loc = Span.NONE;
        if (u.scope.needsClassClosure()) {
            code().cell(LOAD_CLOSURE, "__class__");
            emit(COPY, 1);
            nameOp("__classcell__", Ctx.STORE);
        } else {
            loadConst(Constants.NONE);
        }
        emit(RETURN_VALUE);
        PyCode body = leave();
        emit(PUSH_NULL);
        emit(LOAD_BUILD_CLASS);
        makeClosure(body, 0);
        loadConst(c.name());
        expr.callArguments(2, c.bases(), c.keywords());
        applyDecorators(c.decorators());
        code().loc = c.at();
        nameOp(c.name(), Ctx.STORE);
    }

    enum CompKind { LIST, SET, DICT, GENERATOR }

    /**
     * A comprehension is a nested function taking the iterator of its first iterable (which is
     * evaluated here, outside) as parameter {@code .0}: {@code MAKE_FUNCTION; iter; GET_ITER; CALL 0}.
     */
    void comprehension(Expr e, CompKind kind, List<Comprehension> gens, Expr elt, Expr value) {
        String name = switch (kind) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        enter(symtable.scopeOf(e), Unit.Kind.COMPREHENSION, name, e.at().line(), e);
        code().loc = e.at();
        u.argcount = 1;
        switch (kind) {
            case LIST -> emit(BUILD_LIST, 0);
            case SET -> emit(BUILD_SET, 0);
            case DICT -> emit(BUILD_MAP, 0);
            case GENERATOR -> { }
        }
        expr.comprehensionLoop(gens, 0, 0, kind, elt, value);
        if (kind != CompKind.GENERATOR) {
            emit(RETURN_VALUE);
        }
        boolean awaited = u.scope.coroutine && kind != CompKind.GENERATOR;
        makeClosure(leave(), 0);
        expr.visitIterable(gens.get(0).iter());
        emit(gens.get(0).isAsync() ? GET_AITER : GET_ITER);
        emit(CALL, 0);
        if (awaited) {
            expr.await(0);
        }
    }

    private void setArgCounts(Arguments a) {
        u.posonlyargcount = a.posonlyargs().size();
        u.argcount = a.posonlyargs().size() + a.args().size();
        u.kwonlyargcount = a.kwonlyargs().size();
    }

    /** Pushes the defaults tuple and the keyword-only defaults dict; returns MAKE_FUNCTION's flags. */
    private int defaults(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) {
                expr.visit(d);
            }
            emit(BUILD_TUPLE, a.defaults().size());
            flags |= 0x01;
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                keys.add(Symtable.mangle(u.privateName, a.kwonlyargs().get(i).name()));
                expr.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(Constants.strTuple(keys));
            emit(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** Pushes a dict of the parameter and return annotations, if any (CPython's order). */
    private boolean annotations(Arguments a, Expr returns) {
        int n = 0;
        List<Arg> params = new ArrayList<>(a.args());
        params.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            params.add(a.vararg());
        }
        params.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            params.add(a.kwarg());
        }
        for (Arg p : params) {
            if (p.annotation() != null) {
                loadConst(Symtable.mangle(u.privateName, p.name()));
                annotation(p.annotation());
                n++;
            }
        }
        if (returns != null) {
            loadConst("return");
            annotation(returns);
            n++;
        }
        if (n > 0) {
            emit(BUILD_MAP, n);
        }
        return n > 0;
    }

    /** MAKE_FUNCTION for a nested code object, with the tuple of cells it closes over. */
    private void makeClosure(PyCode co, int flags) {
        if (co.co_freevars.length > 0) {
            for (String name : co.co_freevars) {
                code().cell(LOAD_CLOSURE, name);
            }
            emit(BUILD_TUPLE, co.co_freevars.length);
            flags |= 0x08;
        }
        loadConst(new Constants.CodeKey(co));
        emit(MAKE_FUNCTION, flags);
    }

    /**
     * Decorators were pushed before the function: {@code [deco, func]} is called as a method call,
     * the innermost decorator first.
     */
    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            code().loc = decorators.get(i).at();
            emit(CALL, 0);
        }
    }
}

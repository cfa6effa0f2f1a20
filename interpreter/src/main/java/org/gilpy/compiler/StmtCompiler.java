package org.gilpy.compiler;

import java.util.List;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.WithItem;
import org.gilpy.compiler.CodeBuilder.Handler;
import org.gilpy.compiler.CodeBuilder.HandlerKind;
import org.gilpy.compiler.CodeBuilder.Label;
import org.gilpy.compiler.Unit.BlockKind;
import org.gilpy.compiler.Unit.FrameBlock;

import static org.gilpy.bytecode.Opcode.*;

/**
 * Statements, with CPython 3.11's shapes for loops, try/except/finally and with, and the
 * unwinding that {@code return}, {@code break} and {@code continue} do on their way out of those
 * blocks: a finally body is inlined, a with calls {@code __exit__(None, None, None)}, an except
 * handler restores the previous exception and clears its {@code as} name, a for loop pops its
 * iterator.
 */
final class StmtCompiler {
    private final Compiler c;
    private final ExprCompiler expr;

    StmtCompiler(Compiler c) {
        this.c = c;
        this.expr = c.expr;
    }

    void visitAll(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    void visit(Stmt s) {
        CodeBuilder code = c.code();
        code.loc = s.at();
        if (s instanceof Stmt.ExprStmt e) {
            exprStmt(e);
        } else if (s instanceof Stmt.Assign a) {
            expr.visit(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    c.emit(COPY, 1);
                }
                expr.visit(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExceptAny(t);
            }
        } else if (s instanceof Stmt.With w) {
            with(w, 0);
        } else if (s instanceof Stmt.Match m) {
            new PatternCompiler(c, this).match(m);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Break) {
            breakOrContinue(s, true);
        } else if (s instanceof Stmt.Continue) {
            breakOrContinue(s, false);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr.visit(r.exc());
                n++;
                if (r.cause() != null) {
                    expr.visit(r.cause());
                    n++;
                }
            }
            c.emit(RAISE_VARARGS, n);
        } else if (s instanceof Stmt.FunctionDef f) {
            c.functionDef(f);
        } else if (s instanceof Stmt.ClassDef cd) {
            c.classDef(cd);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr target : d.targets()) {
                expr.visit(target);
            }
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Import i) {
            importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.Pass) {
            c.emit(NOP);
        } else if (!(s instanceof Stmt.Global || s instanceof Stmt.Nonlocal)) {
            throw new IllegalArgumentException("cannot compile " + s);
        }
    }

    private void exprStmt(Stmt.ExprStmt s) {
        if (c.printsExpressions()) {
            expr.visit(s.value());
            c.emit(PRINT_EXPR);
        } else if (Constants.fold(s.value()) != null) {
            c.emit(NOP);
        } else {
            expr.visit(s.value());
            c.emit(POP_TOP);
        }
    }

    /** {@code target op= value}: the target's object and index are evaluated once (COPY/SWAP). */
    private void augAssign(Stmt.AugAssign s) {
        Expr target = s.target();
        CodeBuilder code = c.code();
        if (target instanceof Expr.Attribute a) {
            expr.visit(a.value());
            code.loc = a.at();
            c.emit(COPY, 1);
            c.emitName(LOAD_ATTR, a.attr());
        } else if (target instanceof Expr.Subscript sub) {
            expr.visit(sub.value());
            expr.visit(sub.slice());
            code.loc = sub.at();
            c.emit(COPY, 2);
            c.emit(COPY, 2);
            c.emit(BINARY_SUBSCR);
        } else if (target instanceof Expr.Name n) {
            code.loc = n.at();
            c.nameOp(n.id(), Ctx.LOAD);
        } else {
            throw new IllegalArgumentException("augmented assignment to " + target);
        }
        code.loc = s.at();
        expr.visit(s.value());
        c.emit(BINARY_OP, s.op().ordinal() + 13);
        code.loc = target.at();
        if (target instanceof Expr.Attribute a) {
            c.emit(SWAP, 2);
            c.emitName(STORE_ATTR, a.attr());
        } else if (target instanceof Expr.Subscript) {
            c.emit(SWAP, 3);
            c.emit(SWAP, 2);
            c.emit(STORE_SUBSCR);
        } else {
            c.nameOp(((Expr.Name) target).id(), Ctx.STORE);
        }
    }

    /**
     * {@code target: annotation [= value]}. In a module or class body, a simple name's annotation
     * is stored into {@code __annotations__}, other annotations are evaluated and dropped; in a
     * function they are not evaluated.
     */
    private void annAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            expr.visit(s.value());
            expr.visit(s.target());
        }
        boolean bodyLevel = c.u.kind == Unit.Kind.MODULE || c.u.kind == Unit.Kind.CLASS;
        Expr target = s.target();
        if (target instanceof Expr.Name n) {
            if (s.simple() && bodyLevel) {
                c.annotation(s.annotation());
                c.nameOp("__annotations__", Ctx.LOAD);
                c.loadConst(Symtable.mangle(c.u.privateName, n.id()));
                c.emit(STORE_SUBSCR);
                return;
            }
        } else if (target instanceof Expr.Attribute a) {
            if (s.value() == null) {
                evaluateAndDrop(a.value());
            }
        } else if (target instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                evaluateAndDrop(sub.value());
                evaluateSubscript(sub.slice());
            }
        }
        if (bodyLevel && c.evaluatesAnnotations()) {
            evaluateAndDrop(s.annotation());
        }
    }

    private void evaluateAndDrop(Expr e) {
        expr.visit(e);
        c.emit(POP_TOP);
    }

    private void evaluateSubscript(Expr slice) {
        if (slice instanceof Expr.Slice sl) {
            for (Expr part : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                if (part != null) {
                    evaluateAndDrop(part);
                }
            }
        } else if (slice instanceof Expr.TupleExpr t) {
            for (Expr elt : t.elts()) {
                evaluateSubscript(elt);
            }
        } else {
            evaluateAndDrop(slice);
        }
    }

    /** Whether a module or class body needs {@code __annotations__} (an annotated assignment outside nested scopes). */
    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            boolean found = false;
            if (s instanceof Stmt.For f) {
                found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
            } else if (s instanceof Stmt.While w) {
                found = hasAnnotations(w.body()) || hasAnnotations(w.orelse());
            } else if (s instanceof Stmt.If i) {
                found = hasAnnotations(i.body()) || hasAnnotations(i.orelse());
            } else if (s instanceof Stmt.With w) {
                found = hasAnnotations(w.body());
            } else if (s instanceof Stmt.Try t) {
                found = hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
                for (ExceptHandler h : t.handlers()) {
                    found |= hasAnnotations(h.body());
                }
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    // ---- control flow ----

    private void ifStmt(Stmt.If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        expr.jumpIf(s.test(), next, false);
        visitAll(s.body());
        if (!s.orelse().isEmpty()) {
            c.code().loc = Span.NONE;
            c.jump(JUMP_FORWARD, end);
            c.code().bind(next);
            visitAll(s.orelse());
        }
        c.code().bind(end);
    }

    /** The test is compiled twice: at the top, and at the bottom as the back edge. */
    private void whileStmt(Stmt.While s) {
        CodeBuilder code = c.code();
        Label loop = new Label();
        Label body = new Label();
        Label anchor = new Label();
        Label end = new Label();
        code.bind(loop);
        c.u.push(BlockKind.WHILE_LOOP, loop, end, null);
        expr.jumpIf(s.test(), anchor, false);
        code.bind(body);
        visitAll(s.body());
        code.loc = s.at();
        expr.jumpIf(s.test(), body, true);
        c.u.pop();
        code.bind(anchor);
        visitAll(s.orelse());
        code.bind(end);
    }

    /** An async for gets its items with GET_ANEXT and an await, and ends on StopAsyncIteration. */
    private void forStmt(Stmt.For s) {
        CodeBuilder code = c.code();
        Label start = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        c.u.push(BlockKind.FOR_LOOP, start, end, null);
        if (s.isAsync()) {
            expr.visit(s.iter());
            c.emit(GET_AITER);
            expr.asyncForHead(start, cleanup);
        } else {
            expr.visitIterable(s.iter());
            c.emit(GET_ITER);
            code.bind(start);
            c.jump(FOR_ITER, cleanup);
        }
        expr.visit(s.target());
        visitAll(s.body());
        code.loc = Span.NONE;
        c.jump(JUMP_FORWARD, start);
        if (s.isAsync()) {
            code.loc = s.iter().at();
            expr.asyncForEnd(cleanup);
        } else {
            code.bind(cleanup);
        }
        c.u.pop();
        visitAll(s.orelse());
        code.bind(end);
    }

    private void assertStmt(Stmt.Assert s) {
        if (s.test() instanceof Expr.TupleExpr t && !t.elts().isEmpty()) {
            c.warn("assertion is always true, perhaps remove parentheses?", s.at());
        }
        Label end = new Label();
        expr.jumpIf(s.test(), end, true);
        // as CPython 3.11: the raise is placed at the test (a traceback marks it), the call at the message
        c.code().loc = s.test().at();
        c.emit(LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            expr.visit(s.msg());
            c.emit(CALL, 0);
        }
        c.code().loc = s.test().at();
        c.emit(RAISE_VARARGS, 1);
        c.code().bind(end);
    }

    private void tryExceptAny(Stmt.Try s) {
        if (s.star()) {
            new ExceptStarCompiler(c, this).tryStar(s);
        } else {
            tryExcept(s);
        }
    }

    /**
     * <pre>
     *     SETUP_FINALLY except      (a NOP on the try line)
     *     body
     *     POP_BLOCK; else-body; JUMP end
     * except:                       [exc]
     *     SETUP_CLEANUP cleanup
     *     PUSH_EXC_INFO             [prev, exc]
     *     for each handler: type; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next;
     *         (STORE name | POP_TOP); body; POP_BLOCK; POP_EXCEPT; (name = None; del name); JUMP end
     *     RERAISE 0                 (no handler matched)
     * cleanup:                      [prev, lasti, exc2]
     *     COPY 3; POP_EXCEPT; RERAISE 1
     * end:
     * </pre>
     */
    private void tryExcept(Stmt.Try s) {
        CodeBuilder code = c.code();
        Label end = new Label();
        Label cleanup = new Label();
        tryBodyThenHandlerEntry(s, end, cleanup, BlockKind.EXCEPTION_HANDLER);
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            code.loc = h.at();
            if (h.type() == null && i < handlers.size() - 1) {
                throw c.error("default 'except:' must be last", h.at());
            }
            Label next = new Label();
            if (h.type() != null) {
                expr.visit(h.type());
                c.emit(CHECK_EXC_MATCH);
                c.jump(POP_JUMP_FORWARD_IF_FALSE, next);
            }
            if (h.name() != null) {
                namedHandler(h, end);
            } else {
                c.emit(POP_TOP);
                c.u.push(BlockKind.HANDLER_CLEANUP, null, null, null);
                visitAll(h.body());
                c.u.pop();
                code.loc = Span.NONE;
                Handler outer = code.popHandler();
                c.emit(POP_EXCEPT);
                c.jump(JUMP_FORWARD, end);
                code.pushHandler(outer);
            }
            code.bind(next);
        }
        code.loc = Span.NONE;
        c.u.pop();
        c.emit(RERAISE, 0);
        code.popHandler();
        code.bind(cleanup);
        popExceptAndReraise();
        code.bind(end);
    }

    /**
     * What try/except and try/except* share: the body protected by a handler, the else body and
     * the jump to {@code end}; then that handler's entry, protected by {@code cleanup}, with the
     * exception pushed above the previously handled one and {@code handlers} on the block stack.
     */
    void tryBodyThenHandlerEntry(Stmt.Try s, Label end, Label cleanup, BlockKind handlers) {
        CodeBuilder code = c.code();
        Label except = new Label();
        code.setup(except, HandlerKind.FINALLY);
        c.u.push(BlockKind.TRY_EXCEPT, null, null, null);
        visitAll(s.body());
        c.u.pop();
        code.popHandler();
        code.loc = Span.NONE;
        visitAll(s.orelse());
        code.loc = Span.NONE;
        c.jump(JUMP_FORWARD, end);

        code.bind(except);
        code.setup(cleanup, HandlerKind.CLEANUP);
        c.emit(PUSH_EXC_INFO);
        c.u.push(handlers, null, null, null);
    }

    /**
     * {@code except E as name: body} runs as
     * {@code try: body finally: name = None; del name} so the name never outlives the handler.
     */
    private void namedHandler(ExceptHandler h, Label end) {
        CodeBuilder code = c.code();
        Label cleanupEnd = new Label();
        c.nameOp(h.name(), Ctx.STORE);
        code.setup(cleanupEnd, HandlerKind.CLEANUP);
        c.u.push(BlockKind.HANDLER_CLEANUP, null, null, h.name());
        visitAll(h.body());
        c.u.pop();
        code.loc = Span.NONE;
        code.popHandler();
        Handler outer = code.popHandler();
        c.emit(POP_EXCEPT);
        clearName(h.name());
        c.jump(JUMP_FORWARD, end);
        code.pushHandler(outer);

        code.bind(cleanupEnd);
        clearName(h.name());
        c.emit(RERAISE, 1);
    }

    void clearName(String name) {
        c.loadConst(Constants.NONE);
        c.nameOp(name, Ctx.STORE);
        c.nameOp(name, Ctx.DEL);
    }

    void popExceptAndReraise() {
        c.emit(COPY, 3);
        c.emit(POP_EXCEPT);
        c.emit(RERAISE, 1);
    }

    /**
     * The finally body is compiled twice: inline on the normal path, and as a handler
     * ({@code PUSH_EXC_INFO; finally-body; RERAISE 0}) on the exceptional one.
     */
    private void tryFinally(Stmt.Try s) {
        CodeBuilder code = c.code();
        Label handler = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        code.setup(handler, HandlerKind.FINALLY);
        c.u.push(BlockKind.FINALLY_TRY, null, null, s.finalbody());
        if (!s.handlers().isEmpty()) {
            tryExceptAny(s);
        } else {
            visitAll(s.body());
        }
        code.popHandler();
        c.u.pop();
        visitAll(s.finalbody());
        code.loc = Span.NONE;
        c.jump(JUMP_FORWARD, exit);

        code.bind(handler);
        code.setup(cleanup, HandlerKind.CLEANUP);
        c.emit(PUSH_EXC_INFO);
        c.u.push(BlockKind.FINALLY_END, null, null, null);
        visitAll(s.finalbody());
        c.u.pop();
        code.loc = Span.NONE;
        c.emit(RERAISE, 0);
        code.popHandler();
        code.bind(cleanup);
        popExceptAndReraise();
        code.bind(exit);
    }

    /**
     * <pre>
     *     ctx; BEFORE_WITH             [exit, enter-result]
     *     SETUP_WITH final; (store target | POP_TOP)
     *     body (or the next item's with)
     *     POP_BLOCK; exit(None, None, None); POP_TOP; JUMP end
     * final:                           [exit, lasti, exc]
     *     SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START
     *     POP_JUMP_IF_TRUE suppress; RERAISE 2
     * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
     * suppress: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
     * end:
     * </pre>
     * An async with is the same with BEFORE_ASYNC_WITH, and each call of __aenter__ and
     * __aexit__ awaited.
     */
    private void with(Stmt.With s, int index) {
        CodeBuilder code = c.code();
        WithItem item = s.items().get(index);
        Label handler = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label suppress = new Label();
        expr.visit(item.contextExpr());
        if (s.isAsync()) {
            c.emit(BEFORE_ASYNC_WITH);
            expr.await(1);
        } else {
            c.emit(BEFORE_WITH);
        }
        code.setup(handler, HandlerKind.WITH);
        c.u.push(BlockKind.WITH, null, null, s);
        if (item.optionalVars() != null) {
            expr.visit(item.optionalVars());
        } else {
            c.emit(POP_TOP);
        }
        if (index + 1 < s.items().size()) {
            with(s, index + 1);
        } else {
            visitAll(s.body());
        }
        code.popHandler();
        c.u.pop();
        code.loc = s.at();
        callExitWithNones(s);
        c.emit(POP_TOP);
        c.jump(JUMP_FORWARD, end);

        code.bind(handler);
        Handler cleanupHandler = code.setup(cleanup, HandlerKind.CLEANUP);
        c.emit(PUSH_EXC_INFO);
        c.emit(WITH_EXCEPT_START);
        if (s.isAsync()) {
            expr.await(2);
        }
        code.loc = Span.NONE;
        c.jump(POP_JUMP_FORWARD_IF_TRUE, suppress);
        c.emit(RERAISE, 2);
        code.popHandler();
        code.bind(cleanup);
        popExceptAndReraise();
        code.pushHandler(cleanupHandler);
        code.bind(suppress);
        c.emit(POP_TOP);
        code.popHandler();
        c.emit(POP_EXCEPT);
        c.emit(POP_TOP);
        c.emit(POP_TOP);
        code.bind(end);
    }

    /**
     * {@code [exit, None, None, None]; CALL 2}: the method-call form calls exit(None, None, None),
     * whose result an async with awaits.
     */
    private void callExitWithNones(Stmt.With s) {
        c.loadConst(Constants.NONE);
        c.loadConst(Constants.NONE);
        c.loadConst(Constants.NONE);
        c.emit(CALL, 2);
        if (s.isAsync()) {
            expr.await(2);
        }
    }

    // ---- leaving blocks early ----

    private void returnStmt(Stmt.Return s) {
        CodeBuilder code = c.code();
        Expr value = s.value();
        if (value != null && c.u.scope.isCoroutine() && c.u.scope.isGenerator()) {
            throw c.error("'return' with value in async generator", s.at());
        }
        Object constant = value == null ? Constants.NONE : Constants.fold(value);
        boolean preserveTos = constant == null;
        List<Handler> saved = code.saveHandlers();
        if (preserveTos) {
            expr.visit(value);
        } else if (value != null) {
            code.loc = value.at();
            c.emit(NOP);
        }
        if (value == null || value.at().line() != s.at().line()) {
            code.loc = s.at();
            c.emit(NOP);
        }
        unwindAll(preserveTos, false);
        if (!preserveTos) {
            c.loadConst(constant);
        }
        c.emit(RETURN_VALUE);
        code.restoreHandlers(saved);
    }

    private void breakOrContinue(Stmt s, boolean isBreak) {
        CodeBuilder code = c.code();
        List<Handler> saved = code.saveHandlers();
        c.emit(NOP);
        FrameBlock loop = unwindAll(false, true);
        if (loop == null) {
            throw c.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.at());
        }
        if (isBreak) {
            unwind(loop, false);
            c.jump(JUMP_FORWARD, loop.exit());
        } else {
            c.jump(JUMP_FORWARD, loop.start());
        }
        code.restoreHandlers(saved);
    }

    /**
     * Emits the clean-up of the enclosing blocks, innermost first, up to the innermost loop when
     * {@code toLoop} (which is returned, not unwound) or all of them. {@code preserveTos}: a
     * return value on top of the stack must survive.
     */
    private FrameBlock unwindAll(boolean preserveTos, boolean toLoop) {
        List<FrameBlock> blocks = c.u.blocks;
        if (blocks.isEmpty()) {
            return null;
        }
        FrameBlock top = blocks.get(blocks.size() - 1);
        if (toLoop && (top.kind() == BlockKind.WHILE_LOOP || top.kind() == BlockKind.FOR_LOOP)) {
            return top;
        }
        blocks.remove(blocks.size() - 1);
        unwind(top, preserveTos);
        FrameBlock loop = unwindAll(preserveTos, toLoop);
        blocks.add(top);
        return loop;
    }

    @SuppressWarnings("unchecked")
    private void unwind(FrameBlock block, boolean preserveTos) {
        CodeBuilder code = c.code();
        switch (block.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case EXCEPTION_GROUP_HANDLER ->
                    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block", code.loc);
            case FOR_LOOP, POP_VALUE -> {
                swapIf(preserveTos);
                c.emit(POP_TOP);
            }
            case TRY_EXCEPT -> code.popHandler();
            case FINALLY_TRY -> {
                code.popHandler();
                if (preserveTos) {
                    c.u.push(BlockKind.POP_VALUE, null, null, null);
                }
                visitAll((List<Stmt>) block.datum());
                if (preserveTos) {
                    c.u.pop();
                }
                code.loc = Span.NONE;
            }
            case FINALLY_END -> {
                swapIf(preserveTos);
                c.emit(POP_TOP);
                swapIf(preserveTos);
                code.popHandler();
                c.emit(POP_EXCEPT);
            }
            case WITH -> {
                Stmt.With with = (Stmt.With) block.datum();
                code.loc = with.at();
                code.popHandler();
                swapIf(preserveTos);
                callExitWithNones(with);
                c.emit(POP_TOP);
                code.loc = Span.NONE;
            }
            case HANDLER_CLEANUP -> {
                String name = (String) block.datum();
                if (name != null) {
                    code.popHandler();
                }
                swapIf(preserveTos);
                code.popHandler();
                c.emit(POP_EXCEPT);
                if (name != null) {
                    clearName(name);
                }
            }
        }
    }

    private void swapIf(boolean preserveTos) {
        if (preserveTos) {
            c.emit(SWAP, 2);
        }
    }

    // ---- imports ----

    /** {@code import a.b.c} binds {@code a}; {@code import a.b.c as d} walks to c with IMPORT_FROM. */
    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            c.code().loc = s.at(); // as CPython 3.11: the import's instructions carry the statement's position
            c.loadConst(Constants.integer(0));
            c.loadConst(Constants.NONE);
            c.emitName(IMPORT_NAME, a.name());
            String[] parts = a.name().split("\\.");
            if (a.asname() == null) {
                c.nameOp(parts[0], Ctx.STORE);
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                c.emit(IMPORT_FROM, c.code().addName(parts[i]));
                if (i < parts.length - 1) {
                    c.emit(SWAP, 2);
                    c.emit(POP_TOP);
                }
            }
            c.nameOp(a.asname(), Ctx.STORE);
            if (parts.length > 1) {
                c.emit(POP_TOP);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s) {
        c.loadConst(Constants.integer(s.level()));
        c.loadConst(Constants.strTuple(s.names().stream().map(Alias::name).toList()));
        c.emitName(IMPORT_NAME, s.module() == null ? "" : s.module());
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                c.emit(IMPORT_STAR);
                return;
            }
            c.emitName(IMPORT_FROM, a.name());
            c.nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
        }
        c.emit(POP_TOP);
    }
}

package org.gilpy.compiler;

import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.compiler.CodeBuilder.HandlerKind;
import org.gilpy.compiler.CodeBuilder.Label;
import org.gilpy.compiler.Unit.BlockKind;

import static org.gilpy.bytecode.Opcode.*;

/**
 * try/except* (PEP 654), in CPython 3.11's shape. Every clause sees what the clauses before it
 * left unmatched; what each clause raises (or re-raises) is collected in a list, and at the end
 * PREP_RERAISE_STAR makes of that list and the unhandled rest the exception to re-raise, if any.
 *
 * <pre>
 *     SETUP_FINALLY except; body; POP_BLOCK; else-body; JUMP end
 * except:                                      [exc]
 *     SETUP_CLEANUP cleanup; PUSH_EXC_INFO     [prev, exc]
 *     COPY 1; BUILD_LIST 0; SWAP 2             [prev, orig, list, exc]
 *     for each clause:
 *         type; CHECK_EG_MATCH                 [prev, orig, list, rest, match]
 *         COPY 1; POP_JUMP_IF_NONE no_match
 *         (STORE name | POP_TOP); SETUP_CLEANUP raised; body; POP_BLOCK; (name = None; del name); JUMP next
 *     raised:                                  [prev, orig, list, rest, lasti, exc2]
 *         (name = None; del name); LIST_APPEND 3; POP_TOP; JUMP next
 *     no_match: POP_TOP
 *     next:
 *     LIST_APPEND 1; PREP_RERAISE_STAR         [prev, exc-or-None]
 *     COPY 1; POP_JUMP_IF_NOT_NONE reraise; POP_TOP; POP_EXCEPT; JUMP end
 * reraise: SWAP 2; POP_EXCEPT; RERAISE 0
 * cleanup: COPY 3; POP_EXCEPT; RERAISE 1
 * end:
 * </pre>
 */
final class ExceptStarCompiler {
    private final Compiler c;
    private final StmtCompiler stmts;

    ExceptStarCompiler(Compiler c, StmtCompiler stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void tryStar(Stmt.Try s) {
        CodeBuilder code = c.code();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraise = new Label();
        stmts.tryBodyThenHandlerEntry(s, end, cleanup, BlockKind.EXCEPTION_GROUP_HANDLER);
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            code.loc = handlers.get(i).at();
            if (i == 0) {
                c.emit(COPY, 1);
                c.emit(BUILD_LIST, 0);
                c.emit(SWAP, 2);
            }
            clause(handlers.get(i));
        }
        code.loc = Span.NONE;
        c.u.pop();
        c.emit(LIST_APPEND, 1);
        c.emit(PREP_RERAISE_STAR);
        c.emit(COPY, 1);
        c.jump(POP_JUMP_FORWARD_IF_NOT_NONE, reraise);
        code.popHandler();
        c.emit(POP_TOP);
        c.emit(POP_EXCEPT);
        c.jump(JUMP_FORWARD, end);
        code.bind(reraise);
        c.emit(SWAP, 2);
        c.emit(POP_EXCEPT);
        c.emit(RERAISE, 0);
        code.bind(cleanup);
        stmts.popExceptAndReraise();
        code.bind(end);
    }

    private void clause(ExceptHandler h) {
        CodeBuilder code = c.code();
        Label noMatch = new Label();
        Label next = new Label();
        Label raised = new Label();
        c.expr.visit(h.type());
        c.emit(CHECK_EG_MATCH);
        c.emit(COPY, 1);
        c.jump(POP_JUMP_FORWARD_IF_NONE, noMatch);
        if (h.name() != null) {
            c.nameOp(h.name(), Ctx.STORE);
        } else {
            c.emit(POP_TOP);
        }
        code.setup(raised, HandlerKind.CLEANUP);
        c.u.push(BlockKind.HANDLER_CLEANUP, null, null, h.name());
        stmts.visitAll(h.body());
        c.u.pop();
        code.loc = Span.NONE;
        code.popHandler();
        if (h.name() != null) {
            stmts.clearName(h.name());
        }
        c.jump(JUMP_FORWARD, next);

        code.bind(raised);
        if (h.name() != null) {
            stmts.clearName(h.name());
        }
        c.emit(LIST_APPEND, 3);
        c.emit(POP_TOP);
        c.jump(JUMP_FORWARD, next);

        code.bind(noMatch);
        c.emit(POP_TOP);
        code.bind(next);
    }
}

package org.gilpy.compiler;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.CmpOp;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Span;
import org.gilpy.ast.UnaryOperator;
import org.gilpy.bytecode.Opcode;
import org.gilpy.compiler.CodeBuilder.Label;

import static org.gilpy.bytecode.Opcode.*;

/**
 * Expressions: operators, calls, displays, comprehension loops, f-strings, conditional jumps on a
 * test ({@link #jumpIf}), assignment and deletion targets. Each expression's instructions carry
 * its own position.
 */
final class ExprCompiler {
    /** CPython's STACK_USE_GUIDELINE: longer displays and calls are built piecewise. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final Compiler c;

    ExprCompiler(Compiler c) {
        this.c = c;
    }

    void visit(Expr e) {
        CodeBuilder code = c.code();
        Span saved = code.loc;
        code.loc = e.at();
        Object constant = Constants.fold(e);
        if (constant != null) {
            code.loadConst(constant);
        } else {
            compile(e);
        }
        code.loc = saved;
    }

    private void compile(Expr e) {
        if (e instanceof Expr.Name n) {
            c.nameOp(n.id(), n.ctx());
        } else if (e instanceof Expr.Attribute a) {
            visit(a.value());
            c.emitName(switch (a.ctx()) {
                case LOAD -> LOAD_ATTR;
                case STORE -> STORE_ATTR;
                case DEL -> DELETE_ATTR;
            }, a.attr());
        } else if (e instanceof Expr.Subscript s) {
            visit(s.value());
            visit(s.slice());
            c.emit(switch (s.ctx()) {
                case LOAD -> BINARY_SUBSCR;
                case STORE -> STORE_SUBSCR;
                case DEL -> DELETE_SUBSCR;
            });
        } else if (e instanceof Expr.Call call) {
            call(call);
        } else if (e instanceof Expr.BinOp b) {
            visit(b.left());
            visit(b.right());
            c.emit(BINARY_OP, b.op().ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            visit(u.operand());
            c.emit(switch (u.op()) {
                case INVERT -> UNARY_INVERT;
                case NOT -> UNARY_NOT;
                case UADD -> UNARY_POSITIVE;
                case USUB -> UNARY_NEGATIVE;
            });
        } else if (e instanceof Expr.BoolOp b) {
            Label end = new Label();
            Opcode jump = b.op() == BoolOperator.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            List<Expr> values = b.values();
            for (int i = 0; i < values.size() - 1; i++) {
                visit(values.get(i));
                c.jump(jump, end);
            }
            visit(values.get(values.size() - 1));
            c.code().bind(end);
        } else if (e instanceof Expr.Compare cmp) {
            compare(cmp);
        } else if (e instanceof Expr.IfExp i) {
            Label end = new Label();
            Label orelse = new Label();
            jumpIf(i.test(), orelse, false);
            visit(i.body());
            c.jump(JUMP_FORWARD, end);
            c.code().bind(orelse);
            visit(i.orelse());
            c.code().bind(end);
        } else if (e instanceof Expr.NamedExpr n) {
            visit(n.value());
            c.emit(COPY, 1);
            visit(n.target());
        } else if (e instanceof Expr.TupleExpr t) {
            sequence(t.elts(), t.ctx(), true, e);
        } else if (e instanceof Expr.ListExpr l) {
            sequence(l.elts(), l.ctx(), false, e);
        } else if (e instanceof Expr.SetExpr s) {
            starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof Expr.DictExpr d) {
            dict(d);
        } else if (e instanceof Expr.Slice s) {
            visitOrNone(s.lower());
            visitOrNone(s.upper());
            if (s.step() != null) {
                visit(s.step());
            }
            c.emit(BUILD_SLICE, s.step() != null ? 3 : 2);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            visit(f.value());
            int arg = switch (f.conversion()) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> 0;
            };
            if (f.formatSpec() != null) {
                visit(f.formatSpec());
                arg |= 4;
            }
            c.emit(FORMAT_VALUE, arg);
        } else if (e instanceof Expr.Lambda l) {
            c.lambda(l);
        } else if (e instanceof Expr.ListComp l) {
            c.comprehension(l, Compiler.CompKind.LIST, l.generators(), l.elt(), null);
        } else if (e instanceof Expr.SetComp s) {
            c.comprehension(s, Compiler.CompKind.SET, s.generators(), s.elt(), null);
        } else if (e instanceof Expr.DictComp d) {
            c.comprehension(d, Compiler.CompKind.DICT, d.generators(), d.key(), d.value());
        } else if (e instanceof Expr.GeneratorExp g) {
            c.comprehension(g, Compiler.CompKind.GENERATOR, g.generators(), g.elt(), null);
        } else if (e instanceof Expr.Yield y) {
            visitOrNone(y.value());
            yieldValue();
        } else if (e instanceof Expr.YieldFrom y) {
            visit(y.value());
            c.emit(GET_YIELD_FROM_ITER);
            c.loadConst(Constants.NONE);
            yieldFromLoop();
        } else if (e instanceof Expr.Starred s) {
            throw c.error(s.ctx() == Ctx.STORE ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here", e.at());
        } else if (e instanceof Expr.Await a) {
            visit(a.value());
            await(0);
        } else {
            throw new IllegalArgumentException("cannot compile " + e);
        }
    }

    private void visitOrNone(Expr e) {
        if (e == null) {
            c.loadConst(Constants.NONE);
        } else {
            visit(e);
        }
    }

    /**
     * The iterable of a for loop or comprehension. As CPython's AST optimizer, a set display of
     * constants there is a frozenset constant (whose order, built twice, is CPython's).
     */
    void visitIterable(Expr iter) {
        if (iter instanceof Expr.SetExpr set) {
            List<Object> items = new ArrayList<>();
            for (Expr elt : set.elts()) {
                Object k = Constants.fold(elt);
                if (k == null) {
                    visit(iter);
                    return;
                }
                items.add(k);
            }
            c.code().loc = iter.at();
            c.loadConst(Constants.frozenset(items));
            return;
        }
        visit(iter);
    }

    /** YIELD_VALUE (boxed first in an async generator, whose awaits also yield); RESUME. */
    private void yieldValue() {
        if (c.u.scope.isCoroutine()) {
            c.emit(ASYNC_GEN_WRAP);
        }
        c.emit(YIELD_VALUE);
        c.emit(RESUME);
    }

    /**
     * Awaits the object on top of the stack, leaving its result: GET_AWAITABLE, then the SEND
     * loop. where (0 await, 1 __aenter__, 2 __aexit__) selects GET_AWAITABLE's error message.
     */
    void await(int where) {
        c.emit(GET_AWAITABLE, where);
        c.loadConst(Constants.NONE);
        yieldFromLoop();
    }

    /**
     * The head of an async for, with the async iterator on top of the stack: the next item is
     * left on top, and the loop's end (StopAsyncIteration) goes to {@code end} with the iterator
     * popped: {@code start: SETUP_FINALLY handler; GET_ANEXT; await; POP_BLOCK}. The caller emits
     * the loop's jump back to start, then {@link #asyncForEnd}.
     */
    void asyncForHead(Label start, Label handler) {
        c.code().bind(start);
        c.code().setup(handler, CodeBuilder.HandlerKind.FINALLY);
        c.emit(GET_ANEXT);
        c.loadConst(Constants.NONE);
        yieldFromLoop();
        c.code().popHandler();
    }

    /** The handler of an async for: the loop ends on StopAsyncIteration (END_ASYNC_FOR). */
    void asyncForEnd(Label handler) {
        c.code().bind(handler);
        c.emit(END_ASYNC_FOR);
    }

    /** Delegates to the subiterator on top of the stack until it returns (CPython 3.11's SEND loop). */
    private void yieldFromLoop() {
        Label send = new Label();
        Label exit = new Label();
        c.code().bind(send);
        c.jump(SEND, exit);
        c.emit(YIELD_VALUE);
        c.emit(RESUME);
        c.jump(JUMP_BACKWARD_NO_INTERRUPT, send);
        c.code().bind(exit);
    }

    // ---- comparisons and conditional jumps ----

    private void compareOp(CmpOp op) {
        switch (op) {
            case IS -> c.emit(IS_OP, 0);
            case ISNOT -> c.emit(IS_OP, 1);
            case IN -> c.emit(CONTAINS_OP, 0);
            case NOTIN -> c.emit(CONTAINS_OP, 1);
            default -> c.emit(COMPARE_OP, op.ordinal());
        }
    }

    /** CPython's SyntaxWarning for {@code is} between an object and a literal, whose identity is unspecified. */
    private void warnIsLiteral(Expr.Compare e) {
        Expr left = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOp op = e.ops().get(i);
            Expr right = e.comparators().get(i);
            if ((op == CmpOp.IS || op == CmpOp.ISNOT) && (isLiteral(left) || isLiteral(right))) {
                c.warn(op == CmpOp.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", e.at());
                return;
            }
            left = right;
        }
    }

    /** A constant other than None, True, False and Ellipsis (the singletons {@code is} is meant for). */
    private static boolean isLiteral(Expr e) {
        Object k = Constants.fold(e);
        return k != null && k != Constants.NONE && !(k instanceof Boolean) && k != Expr.ELLIPSIS;
    }

    /** CPython's SyntaxWarning for calling a display or a literal: {@code [1, 2](3)} misses a comma. */
    private void warnNotCallable(Expr func) {
        String type = null;
        if (func instanceof Expr.TupleExpr) {
            type = "tuple";
        } else if (func instanceof Expr.ListExpr || func instanceof Expr.ListComp) {
            type = "list";
        } else if (func instanceof Expr.DictExpr || func instanceof Expr.DictComp) {
            type = "dict";
        } else if (func instanceof Expr.SetExpr || func instanceof Expr.SetComp) {
            type = "set";
        } else if (func instanceof Expr.GeneratorExp) {
            type = "generator";
        } else if (func instanceof Expr.JoinedStr || func instanceof Expr.FormattedValue) {
            type = "str";
        } else if (func instanceof Expr.Constant k) {
            type = Constants.toPy(Constants.key(k.value())).type().name;
        }
        if (type != null) {
            c.warn("'" + type + "' object is not callable; perhaps you missed a comma?", func.at());
        }
    }

    /** {@code a < b < c}: each middle operand is kept (SWAP/COPY) for the next comparison. */
    private void compare(Expr.Compare e) {
        warnIsLiteral(e);
        visit(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visit(e.comparators().get(0));
            compareOp(e.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        for (int i = 0; i < n; i++) {
            visit(e.comparators().get(i));
            c.emit(SWAP, 2);
            c.emit(COPY, 2);
            compareOp(e.ops().get(i));
            c.jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(e.comparators().get(n));
        compareOp(e.ops().get(n));
        Label end = new Label();
        c.jump(JUMP_FORWARD, end);
        c.code().bind(cleanup);
        c.emit(SWAP, 2);
        c.emit(POP_TOP);
        c.code().bind(end);
    }

    /** Jumps to {@code target} when the truth of {@code e} equals {@code cond}, else falls through. */
    void jumpIf(Expr e, Label target, boolean cond) {
        Object constant = Constants.fold(e);
        if (constant != null) {
            Span saved = c.code().loc;
            c.code().loc = e.at();
            if (Constants.truth(constant) == cond) {
                c.jump(JUMP_FORWARD, target);
            } else {
                c.emit(NOP);
            }
            c.code().loc = saved;
        } else if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            jumpIf(u.operand(), target, !cond);
        } else if (e instanceof Expr.BoolOp b) {
            boolean isOr = b.op() == BoolOperator.OR;
            Label next = isOr == cond ? target : new Label();
            List<Expr> values = b.values();
            for (int i = 0; i < values.size() - 1; i++) {
                jumpIf(values.get(i), next, isOr);
            }
            jumpIf(values.get(values.size() - 1), target, cond);
            if (next != target) {
                c.code().bind(next);
            }
        } else if (e instanceof Expr.IfExp i) {
            Label end = new Label();
            Label orelse = new Label();
            jumpIf(i.test(), orelse, false);
            jumpIf(i.body(), target, cond);
            c.jump(JUMP_FORWARD, end);
            c.code().bind(orelse);
            jumpIf(i.orelse(), target, cond);
            c.code().bind(end);
        } else if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            chainedJump(cmp, target, cond);
        } else if (e instanceof Expr.Compare cmp && isNoneTest(cmp)) {
            visit(cmp.left());
            boolean jumpIfNone = (cmp.ops().get(0) == CmpOp.IS) == cond;
            c.jump(jumpIfNone ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_FORWARD_IF_NOT_NONE, target);
        } else {
            visit(e);
            c.jump(cond ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_FORWARD_IF_FALSE, target);
        }
    }

    private static boolean isNoneTest(Expr.Compare cmp) {
        CmpOp op = cmp.ops().get(0);
        return (op == CmpOp.IS || op == CmpOp.ISNOT) && Constants.fold(cmp.comparators().get(0)) == Constants.NONE;
    }

    private void chainedJump(Expr.Compare e, Label target, boolean cond) {
        warnIsLiteral(e);
        int n = e.ops().size() - 1;
        Label cleanup = new Label();
        visit(e.left());
        for (int i = 0; i < n; i++) {
            visit(e.comparators().get(i));
            c.emit(SWAP, 2);
            c.emit(COPY, 2);
            compareOp(e.ops().get(i));
            c.jump(POP_JUMP_FORWARD_IF_FALSE, cleanup);
        }
        visit(e.comparators().get(n));
        compareOp(e.ops().get(n));
        c.jump(cond ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_FORWARD_IF_FALSE, target);
        Label end = new Label();
        c.jump(JUMP_FORWARD, end);
        c.code().bind(cleanup);
        c.emit(POP_TOP);
        if (!cond) {
            c.jump(JUMP_FORWARD, target);
        }
        c.code().bind(end);
    }

    // ---- displays and targets ----

    /** A list or tuple: built when loaded, unpacked into its elements when assigned, or deleted. */
    private void sequence(List<Expr> elts, Ctx ctx, boolean tuple, Expr e) {
        switch (ctx) {
            case LOAD -> starUnpack(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
            case STORE -> {
                unpack(elts, e);
                for (Expr elt : elts) {
                    visit(elt instanceof Expr.Starred s ? s.value() : elt);
                }
            }
            case DEL -> {
                for (Expr elt : elts) {
                    visit(elt);
                }
            }
        }
    }

    private void unpack(List<Expr> elts, Expr e) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw c.error("multiple starred expressions in assignment", e.at());
                }
                star = i;
            }
        }
        if (star < 0) {
            c.emit(UNPACK_SEQUENCE, elts.size());
            return;
        }
        int after = elts.size() - star - 1;
        if (star >= 256 || after >= (1 << 15)) {
            throw c.error("too many expressions in star-unpacking assignment", e.at());
        }
        c.emit(UNPACK_EX, star | after << 8);
    }

    /**
     * Builds a list, set or tuple of {@code elts} with {@code pushed} items already on the stack;
     * starred items are spliced in with the extend instruction (CPython's starunpack_helper).
     * Three or more constants become one constant, a tuple or (for a set) a frozenset, that the
     * extend instruction adds: which, for a set, gives its table CPython's layout and so its order.
     */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2) {
            List<Object> items = new ArrayList<>();
            for (Expr elt : elts) {
                Object k = Constants.fold(elt);
                if (k == null) {
                    break;
                }
                items.add(k);
            }
            if (items.size() == n) {
                if (tuple && pushed == 0) {
                    c.loadConst(Constants.tuple(items));
                    return;
                }
                c.emit(build, pushed);
                c.loadConst(add == SET_ADD ? Constants.frozenset(items) : Constants.tuple(items));
                c.emit(extend, 1);
                if (tuple) {
                    c.emit(LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean starred = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!starred && !big) {
            for (Expr elt : elts) {
                visit(elt);
            }
            c.emit(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            c.emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    c.emit(build, i + pushed);
                    built = true;
                }
                visit(s.value());
                c.emit(extend, 1);
            } else {
                visit(elt);
                if (built) {
                    c.emit(add, 1);
                }
            }
        }
        if (tuple) {
            c.emit(LIST_TO_TUPLE);
        }
    }

    /** A dict display; {@code **m} entries (null keys) are merged with DICT_UPDATE. */
    private void dict(Expr.DictExpr d) {
        int n = d.values().size();
        boolean haveDict = false;
        int run = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (run > 0) {
                    subdict(d, i - run, i);
                    haveDict = mergeInto(haveDict, DICT_UPDATE);
                    run = 0;
                }
                if (!haveDict) {
                    c.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(d.values().get(i));
                c.emit(DICT_UPDATE, 1);
            } else if (run * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - run, i + 1);
                haveDict = mergeInto(haveDict, DICT_UPDATE);
                run = 0;
            } else {
                run++;
            }
        }
        if (run > 0) {
            subdict(d, n - run, n);
            haveDict = mergeInto(haveDict, DICT_UPDATE);
        }
        if (!haveDict) {
            c.emit(BUILD_MAP, 0);
        }
    }

    /** After pushing a dict: merge it into the one below, if there is one. Returns true (a dict is now there). */
    private boolean mergeInto(boolean haveDict, Opcode merge) {
        if (haveDict) {
            c.emit(merge, 1);
        }
        return true;
    }

    private void subdict(Expr.DictExpr d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                Object k = Constants.fold(d.keys().get(i));
                if (k == null) {
                    break;
                }
                keys.add(k);
            }
            if (keys.size() == n) {
                for (int i = begin; i < end; i++) {
                    visit(d.values().get(i));
                }
                c.loadConst(Constants.tuple(keys));
                c.emit(BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        if (big) {
            c.emit(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
            if (big) {
                c.emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            c.emit(BUILD_MAP, n);
        }
    }

    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> values = j.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            c.loadConst("");
            c.emitName(LOAD_METHOD, "join");
            c.emit(BUILD_LIST, 0);
            for (Expr v : values) {
                visit(v);
                c.emit(LIST_APPEND, 1);
            }
            c.emit(CALL, 1);
            return;
        }
        for (Expr v : values) {
            visit(v);
        }
        if (values.size() != 1) {
            c.emit(BUILD_STRING, values.size());
        }
    }

    // ---- calls ----

    private void call(Expr.Call e) {
        warnNotCallable(e.func());
        if (methodCall(e)) {
            return;
        }
        CodeBuilder code = c.code();
        if (e.func() instanceof Expr.Name n && e.args().isEmpty() && e.keywords().isEmpty() && n.id().equals("super")) {
            String receiver = c.superReceiver();
            if (receiver != null) {
                code.loc = n.at();
                c.loadForCall("super");
                c.nameOp("__class__", Ctx.LOAD);
                c.nameOp(receiver, Ctx.LOAD);
                code.loc = e.at();
                c.emit(CALL, 2);
                return;
            }
        }
        if (e.func() instanceof Expr.Name n && n.ctx() == Ctx.LOAD && !n.id().equals("__debug__")) {
            code.loc = n.at();
            c.loadForCall(n.id());
            code.loc = e.at();
        } else {
            code.loc = e.func().at();
            c.emit(PUSH_NULL);
            code.loc = e.at();
            visit(e.func());
        }
        callArguments(0, e.args(), e.keywords());
    }

    /** {@code obj.name(args)} without starred arguments: LOAD_METHOD, then CALL. */
    private boolean methodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute a) || a.ctx() != Ctx.LOAD
                || e.args().size() + e.keywords().size() >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr arg : e.args()) {
            if (arg instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        checkKeywords(e.keywords());
        visit(a.value());
        CodeBuilder code = c.code();
        code.loc = a.at();
        c.emitName(LOAD_METHOD, a.attr());
        code.loc = e.at();
        for (Expr arg : e.args()) {
            visit(arg);
        }
        keywordsAndCall(e.args().size(), e.keywords());
        return true;
    }

    private void keywordsAndCall(int nargs, List<Keyword> keywords) {
        List<String> names = new ArrayList<>();
        for (Keyword k : keywords) {
            visit(k.value());
            names.add(k.arg());
        }
        if (!names.isEmpty()) {
            c.emit(KW_NAMES, c.code().addConst(Constants.strTuple(names)));
        }
        c.emit(CALL, nargs + names.size());
    }

    /**
     * The arguments and the call, with {@code n} arguments already pushed (the class body function
     * and name for a class). With {@code *args} or {@code **kwargs}, the positional arguments
     * become a tuple and the keyword arguments a dict for CALL_FUNCTION_EX.
     */
    void callArguments(int n, List<Expr> args, List<Keyword> keywords) {
        checkKeywords(keywords);
        boolean simple = args.size() + 2 * keywords.size() <= STACK_USE_GUIDELINE;
        for (Expr arg : args) {
            simple &= !(arg instanceof Expr.Starred);
        }
        for (Keyword k : keywords) {
            simple &= k.arg() != null;
        }
        if (simple) {
            for (Expr arg : args) {
                visit(arg);
            }
            keywordsAndCall(n + args.size(), keywords);
            return;
        }
        if (n == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            // f(*x): x itself goes to CALL_FUNCTION_EX, which makes the tuple (and names f in its error)
            visit(only.value());
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        boolean haveDict = false;
        int run = 0;
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() != null) {
                run++;
                continue;
            }
            if (run > 0) {
                keywordDict(keywords.subList(i - run, i));
                haveDict = mergeInto(haveDict, DICT_MERGE);
                run = 0;
            }
            if (!haveDict) {
                c.emit(BUILD_MAP, 0);
                haveDict = true;
            }
            visit(k.value());
            c.emit(DICT_MERGE, 1);
        }
        if (run > 0) {
            keywordDict(keywords.subList(keywords.size() - run, keywords.size()));
            haveDict = mergeInto(haveDict, DICT_MERGE);
        }
        c.emit(CALL_FUNCTION_EX, haveDict ? 1 : 0);
    }

    /** A dict of {@code name=value} keyword arguments (CPython's compiler_subkwargs). */
    private void keywordDict(List<Keyword> kws) {
        int n = kws.size();
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<String> names = new ArrayList<>();
            for (Keyword k : kws) {
                visit(k.value());
                names.add(k.arg());
            }
            c.loadConst(Constants.strTuple(names));
            c.emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.emit(BUILD_MAP, 0);
        }
        for (Keyword k : kws) {
            c.loadConst(k.arg());
            visit(k.value());
            if (big) {
                c.emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            c.emit(BUILD_MAP, n);
        }
    }

    private void checkKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) {
                continue;
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) {
                    throw c.error("keyword argument repeated: " + name, keywords.get(j).at());
                }
            }
        }
    }

    // ---- comprehensions ----

    /**
     * The loops of a comprehension, from generator {@code index} on; {@code depth} counts the
     * iterators on the stack above the result being built.
     */
    void comprehensionLoop(List<Comprehension> gens, int index, int depth, Compiler.CompKind kind, Expr elt,
                           Expr value) {
        Comprehension gen = gens.get(index);
        Label start = new Label();
        Label skip = new Label();
        Label anchor = new Label();
        boolean loop = true;
        if (index == 0) {
            c.code().fast(LOAD_FAST, ".0");
        } else if (gen.isAsync()) {
            visit(gen.iter());
            c.emit(GET_AITER);
        } else {
            List<Expr> single = gen.iter() instanceof Expr.ListExpr l ? l.elts()
                    : gen.iter() instanceof Expr.TupleExpr t ? t.elts() : List.of();
            if (single.size() == 1 && !(single.get(0) instanceof Expr.Starred)) {
                // "for y in [f(x)]" just binds y: no loop.
                visit(single.get(0));
                loop = false;
            } else {
                visitIterable(gen.iter());
                c.emit(GET_ITER);
            }
        }
        if (loop) {
            depth++;
            if (gen.isAsync()) {
                asyncForHead(start, anchor);
            } else {
                c.code().bind(start);
                c.jump(FOR_ITER, anchor);
            }
        }
        visit(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, skip, false);
        }
        if (index + 1 < gens.size()) {
            comprehensionLoop(gens, index + 1, depth, kind, elt, value);
        } else {
            switch (kind) {
                case GENERATOR -> {
                    visit(elt);
                    yieldValue();
                    c.emit(POP_TOP);
                }
                case LIST -> {
                    visit(elt);
                    c.emit(LIST_APPEND, depth + 1);
                }
                case SET -> {
                    visit(elt);
                    c.emit(SET_ADD, depth + 1);
                }
                case DICT -> {
                    visit(elt);
                    visit(value);
                    c.emit(MAP_ADD, depth + 1);
                }
            }
        }
        c.code().bind(skip);
        if (loop) {
            c.jump(JUMP_FORWARD, start);
            if (gen.isAsync()) {
                asyncForEnd(anchor);
            } else {
                c.code().bind(anchor);
            }
        }
    }
}

package org.gilpy.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.MatchCase;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Pattern;
import org.gilpy.ast.Span;
import org.gilpy.ast.Stmt;
import org.gilpy.compiler.CodeBuilder.Label;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;

import static org.gilpy.bytecode.Opcode.*;

/**
 * The match statement, in CPython 3.11's shape: each case but the last works on a COPY of the
 * subject; a pattern consumes the value on top of the stack and, where a test fails, jumps to a
 * "fail pop" label that pops whatever the pattern had pushed so far, then goes on to the next
 * case. Unlike CPython, captured names are stored as soon as their sub-pattern matches (PEP 634
 * allows that), so no captured values wait on the stack.
 *
 * <p>{@link #depth} counts the values above the case's base: its subject, and what the pattern
 * has pushed on top of it. A failing jump from depth d lands on {@code failPop[d]}.
 */
final class PatternCompiler {
    private static final int CMP_EQ = 2;
    private static final int CMP_GE = 5;

    private final Compiler c;
    private final ExprCompiler expr;
    private final StmtCompiler stmts;

    private List<Label> failPop = new ArrayList<>();
    private int depth;
    private Set<String> stores = new LinkedHashSet<>();
    private boolean allowIrrefutable;

    PatternCompiler(Compiler c, StmtCompiler stmts) {
        this.c = c;
        this.expr = c.expr;
        this.stmts = stmts;
    }

    void match(Stmt.Match s) {
        CodeBuilder code = c.code();
        expr.visit(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        MatchCase lastCase = cases.get(cases.size() - 1);
        boolean hasDefault = cases.size() > 1 && isWildcard(lastCase.pattern());
        int tested = cases.size() - (hasDefault ? 1 : 0);
        for (int i = 0; i < tested; i++) {
            MatchCase m = cases.get(i);
            boolean keepsSubject = i != tested - 1;
            code.loc = m.pattern().at();
            if (keepsSubject) {
                c.emit(COPY, 1);
            }
            failPop = new ArrayList<>();
            stores = new LinkedHashSet<>();
            depth = 1;
            allowIrrefutable = m.guard() != null || i == cases.size() - 1;
            pattern(m.pattern());
            if (m.guard() != null) {
                expr.jumpIf(m.guard(), fail(0), false);
            }
            if (keepsSubject) {
                c.emit(POP_TOP);
            }
            stmts.visitAll(m.body());
            code.loc = Span.NONE;
            c.jump(JUMP_FORWARD, end);
            code.loc = m.pattern().at();
            emitFailPops();
        }
        if (hasDefault) {
            code.loc = lastCase.pattern().at();
            c.emit(NOP);
            if (lastCase.guard() != null) {
                expr.jumpIf(lastCase.guard(), end, false);
            }
            stmts.visitAll(lastCase.body());
        }
        code.bind(end);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.isWildcard();
    }

    // ---- failure paths ----

    private Label fail(int pops) {
        while (failPop.size() <= pops) {
            failPop.add(new Label());
        }
        return failPop.get(pops);
    }

    /** Pops the test result on top and fails when it is false. */
    private void failIfFalse() {
        c.jump(POP_JUMP_FORWARD_IF_FALSE, fail(depth));
    }

    /** Pops the value on top and fails when it is None. */
    private void failIfNone() {
        c.emit(COPY, 1);
        c.loadConst(Constants.NONE);
        c.emit(IS_OP, 1);
        failIfFalse();
    }

    private void emitFailPops() {
        for (int i = failPop.size() - 1; i >= 0; i--) {
            c.code().bind(failPop.get(i));
            if (i > 0) {
                c.emit(POP_TOP);
            }
        }
        failPop = new ArrayList<>();
    }

    private void popTop() {
        c.emit(POP_TOP);
        depth--;
    }

    private void store(String name, Span at) {
        if (!stores.add(name)) {
            throw c.error("multiple assignments to name '" + name + "' in pattern", at);
        }
        c.nameOp(name, Ctx.STORE);
        depth--;
    }

    // ---- patterns: each consumes the value on top of the stack ----

    private void pattern(Pattern p) {
        c.code().loc = p.at();
        if (p instanceof Pattern.MatchValue v) {
            expr.visit(v.value());
            c.emit(COMPARE_OP, CMP_EQ);
            depth--;
            failIfFalse();
        } else if (p instanceof Pattern.MatchSingleton s) {
            c.loadConst(s.value());
            c.emit(IS_OP, 0);
            depth--;
            failIfFalse();
        } else if (p instanceof Pattern.MatchAs a) {
            as(a);
        } else if (p instanceof Pattern.MatchOr o) {
            or(o);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m);
        } else {
            classPattern((Pattern.MatchClass) p);
        }
    }

    /** A pattern inside a sequence, mapping or class pattern, where a capture is always allowed. */
    private void subpattern(Pattern p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        if (isWildcard(p)) {
            popTop();
        } else {
            pattern(p);
        }
        allowIrrefutable = saved;
    }

    private void as(Pattern.MatchAs a) {
        if (a.pattern() == null) {
            if (!allowIrrefutable) {
                throw c.error(a.name() != null
                        ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable", a.at());
            }
            if (a.name() == null) {
                popTop();
            } else {
                store(a.name(), a.at());
            }
            return;
        }
        c.emit(COPY, 1);
        depth++;
        pattern(a.pattern());
        store(a.name(), a.at());
    }

    /**
     * Each alternative matches a COPY of the subject with failure labels of its own; the first
     * that matches jumps to the end, where the subject is popped. All must bind the same names.
     */
    private void or(Pattern.MatchOr o) {
        List<Label> outerFail = failPop;
        int outerDepth = depth;
        Set<String> outerStores = stores;
        boolean outerAllow = allowIrrefutable;
        Label end = new Label();
        Set<String> control = null;
        List<Pattern> alts = o.patterns();
        for (int i = 0; i < alts.size(); i++) {
            Pattern alt = alts.get(i);
            failPop = new ArrayList<>();
            stores = new HashSet<>();
            depth = 1;
            allowIrrefutable = i == alts.size() - 1 && outerAllow;
            c.code().loc = alt.at();
            c.emit(COPY, 1);
            pattern(alt);
            if (control == null) {
                control = stores;
            } else if (!control.equals(stores)) {
                throw c.error("alternative patterns bind different names", c.code().loc);
            }
            c.jump(JUMP_FORWARD, end);
            emitFailPops();
        }
        failPop = outerFail;
        stores = outerStores;
        allowIrrefutable = outerAllow;
        depth = outerDepth;
        c.code().loc = o.at();
        popTop();
        c.jump(JUMP_FORWARD, fail(depth));
        c.code().bind(end);
        c.emit(POP_TOP);
        for (String name : control) {
            if (!stores.add(name)) {
                throw c.error("multiple assignments to name '" + name + "' in pattern", o.at());
            }
        }
    }

    private void sequence(Pattern.MatchSequence s) {
        List<Pattern> items = s.patterns();
        int size = items.size();
        int star = -1;
        boolean onlyWildcards = true;
        for (int i = 0; i < size; i++) {
            Pattern p = items.get(i);
            if (p instanceof Pattern.MatchStar st) {
                star = i;
                onlyWildcards &= st.name() == null;
            } else {
                onlyWildcards &= isWildcard(p);
            }
        }
        boolean starWildcard = star >= 0 && ((Pattern.MatchStar) items.get(star)).name() == null;
        c.emit(MATCH_SEQUENCE);
        failIfFalse();
        if (star < 0) {
            lengthTest(size, CMP_EQ);
        } else if (size > 1) {
            lengthTest(size - 1, CMP_GE);
        }
        if (onlyWildcards) {
            popTop();
        } else if (starWildcard) {
            sequenceBySubscript(items, star);
        } else {
            sequenceByUnpacking(items, star);
        }
    }

    private void lengthTest(int n, int cmp) {
        c.emit(GET_LEN);
        c.loadConst(Constants.integer(n));
        c.emit(COMPARE_OP, cmp);
        failIfFalse();
    }

    private void sequenceByUnpacking(List<Pattern> items, int star) {
        int size = items.size();
        if (star < 0) {
            c.emit(UNPACK_SEQUENCE, size);
        } else {
            c.emit(UNPACK_EX, star | (size - star - 1) << 8);
        }
        depth += size - 1;
        for (Pattern p : items) {
            if (p instanceof Pattern.MatchStar st) {
                c.code().loc = st.at();
                if (st.name() == null) {
                    popTop();
                } else {
                    store(st.name(), st.at());
                }
            } else {
                subpattern(p);
            }
        }
    }

    /** {@code [a, *_, b]}: index the subject instead of unpacking all of it. */
    private void sequenceBySubscript(List<Pattern> items, int star) {
        int size = items.size();
        for (int i = 0; i < size; i++) {
            Pattern p = items.get(i);
            if (i == star || isWildcard(p)) {
                continue;
            }
            c.emit(COPY, 1);
            depth++;
            if (i < star) {
                c.loadConst(Constants.integer(i));
            } else {
                c.emit(GET_LEN);
                c.loadConst(Constants.integer(size - i));
                c.emit(BINARY_OP, Operator.SUB.ordinal());
            }
            c.emit(BINARY_SUBSCR);
            subpattern(p);
        }
        popTop();
    }

    private void mapping(Pattern.MatchMapping m) {
        int size = m.keys().size();
        c.emit(MATCH_MAPPING);
        failIfFalse();
        if (size == 0 && m.rest() == null) {
            popTop();
            return;
        }
        if (size > 0) {
            lengthTest(size, CMP_GE);
        }
        checkDuplicateKeys(m);
        for (Expr key : m.keys()) {
            expr.visit(key);
        }
        c.emit(BUILD_TUPLE, size);
        c.emit(MATCH_KEYS);
        depth += 2;
        failIfNone();
        c.emit(UNPACK_SEQUENCE, size);
        depth += size - 1;
        for (Pattern p : m.patterns()) {
            subpattern(p);
        }
        if (m.rest() == null) {
            popTop();
            popTop();
            return;
        }
        // rest = dict(subject), then del rest[key] for each key: [subject, keys] -> [rest]
        c.emit(BUILD_MAP, 0);
        c.emit(SWAP, 3);
        c.emit(DICT_UPDATE, 2);
        c.emit(UNPACK_SEQUENCE, size);
        for (int left = size; left > 0; left--) {
            c.emit(COPY, 1 + left);
            c.emit(SWAP, 2);
            c.emit(DELETE_SUBSCR);
        }
        depth--;
        store(m.rest(), m.at());
    }

    /** Literal keys are compared at compile time, as dict keys: {@code 1}, {@code 1.0} and {@code True} are one key. */
    private void checkDuplicateKeys(Pattern.MatchMapping m) {
        List<PyObject> seen = new ArrayList<>();
        for (Expr key : m.keys()) {
            Object k = Constants.fold(key);
            if (k == null) {
                continue;
            }
            PyObject value = Constants.toPy(k);
            for (PyObject s : seen) {
                if (sameKey(s, value)) {
                    throw c.error("mapping pattern checks duplicate key (" + Abstract.repr(value).value + ")", m.at());
                }
            }
            seen.add(value);
        }
    }

    private static boolean sameKey(PyObject a, PyObject b) {
        boolean numbers = (a instanceof PyInt || a instanceof PyFloat || a instanceof PyBool)
                && (b instanceof PyInt || b instanceof PyFloat || b instanceof PyBool);
        return (numbers || a.type() == b.type()) && Abstract.eqBool(a, b);
    }

    private void classPattern(Pattern.MatchClass k) {
        int nargs = k.patterns().size();
        int total = nargs + k.kwdAttrs().size();
        expr.visit(k.cls());
        c.code().loc = k.at();
        c.loadConst(Constants.strTuple(k.kwdAttrs()));
        c.emit(MATCH_CLASS, nargs);
        failIfNone();
        c.emit(UNPACK_SEQUENCE, total);
        depth += total - 1;
        for (Pattern p : k.patterns()) {
            subpattern(p);
        }
        for (Pattern p : k.kwdPatterns()) {
            subpattern(p);
        }
    }
}

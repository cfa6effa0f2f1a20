package org.gilpy.vm;

import static org.gilpy.bytecode.OpcodeNumbers.*;

import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethodDescr;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * The eval loop ({@code ceval.c}): runs one frame's instructions until it returns or yields.
 * The stack, locals and program counter live in Java locals while the loop runs and are written
 * back to the frame when it leaves or calls out. The eval breaker is read only at the check
 * points the opcode table marks.
 */
public final class Eval {
    private Eval() {}

    /**
     * Runs frame f from f.pc. pending, when non-null, is raised at the current position first
     * (generator.throw). Returns the returned or yielded value.
     */
    public static PyObject run(ThreadState ts, Frame f, PyException pending) {
        Interpreter interp = ts.interp;
        if (++ts.depth > interp.recursionLimit) {
            ts.depth--;
            throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
        try {
            return loop(ts, f, pending);
        } finally {
            ts.frame = f.back;
            ts.depth--;
        }
    }

    /**
     * The loop proper. Calls from Python to Python functions do not recurse in Java: the callee's
     * frame becomes the current one inside this same loop (as CPython 3.11 does), and a return or
     * an unhandled exception switches back to the caller. Only {@code entry}, the frame this Java
     * call was made for, returns or throws out of the loop.
     */
    @SuppressWarnings("fallthrough")
    private static PyObject loop(ThreadState ts, Frame f, PyException pending) {
        final Frame entry = f;
        final Interpreter interp = ts.interp;
        PyCode code;
        int[] instrs;
        PyObject[] consts;
        PyStr[] names;
        PyObject[] fast;
        PyObject[] stack;
        int pc;
        int sp;
        int lasti;
        String[] kwnames = null;
        boolean reraise = false;
        frames:
        for (;;) {
            // the current frame's state into locals: at entry, and after every switch of frame
            // (a call, a return, an exception caught in a caller), which leave it in f
            code = f.code;
            instrs = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            fast = f.localsplus;
            stack = fast;
            pc = f.pc;
            sp = f.sp;
            lasti = pc > 0 ? pc - 1 : 0;
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                for (;;) {
                    final int word = instrs[pc];
                    lasti = pc++;
                    final int arg = word >>> 8;
                    switch (word & 0xff) {
                        case NOP:
                            break;
                        case RESUME:
                            checkPoint(ts, f, pc, sp, lasti);
                            break;
                        case POP_TOP:
                            stack[--sp] = null;
                            break;
                        case PUSH_NULL:
                            stack[sp++] = null;
                            break;
                        case COPY:
                            stack[sp] = stack[sp - arg];
                            sp++;
                            break;
                        case SWAP: {
                            PyObject tmp = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = tmp;
                            break;
                        }
                        case UNARY_NEGATIVE:
                            stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                            break;
                        case UNARY_NOT:
                            stack[sp - 1] = PyBool.of(!truth(stack[sp - 1]));
                            break;
                        case BINARY_OP: {
                            PyObject right = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = Abstract.binaryOp(stack[sp - 1], right, arg);
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject key = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = Abstract.getItem(stack[sp - 1], key);
                            break;
                        }
                        case STORE_SUBSCR:
                            Abstract.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                            sp = clear(stack, sp, 3);
                            break;
                        case COMPARE_OP: {
                            PyObject right = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = Abstract.richCompare(stack[sp - 1], right, arg);
                            break;
                        }
                        case IS_OP: {
                            PyObject right = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of((stack[sp - 1] == right) != (arg == 1));
                            break;
                        }
                        case CONTAINS_OP: {
                            PyObject container = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of(Abstract.contains(container, stack[sp - 1]) != (arg == 1));
                            break;
                        }
                        case LOAD_CONST:
                            stack[sp++] = consts[arg];
                            break;
                        case LOAD_NAME:
                            stack[sp++] = SlowPaths.loadName(f, names[arg]);
                            break;
                        case STORE_NAME:
                            SlowPaths.storeName(f, names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case LOAD_GLOBAL: {
                            PyCode.GlobalCache cache = code.globalCache[lasti];
                            PyDict g = f.globals;
                            PyDict b = f.builtins;
                            PyObject v = cache != null && cache.globals == g && cache.globalsVersion == g.version()
                                    && cache.builtins == b && cache.builtinsVersion == b.version()
                                    ? cache.value : SlowPaths.loadGlobal(code, lasti, g, b, names[arg >> 1]);
                            if ((arg & 1) != 0) {
                                stack[sp++] = null;
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case LOAD_FAST: {
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw SlowPaths.unboundLocal(code, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_FAST:
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            break;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) fast[arg]).value;
                            if (v == null) {
                                throw SlowPaths.unboundDeref(code, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_DEREF:
                            ((PyCell) fast[arg]).value = stack[--sp];
                            stack[sp] = null;
                            break;
                        case LOAD_ATTR:
                            stack[sp - 1] = AttrCache.load(code, lasti, stack[sp - 1], names[arg]);
                            break;
                        case STORE_ATTR:
                            AttrCache.store(code, lasti, stack[sp - 1], names[arg], stack[sp - 2]);
                            sp = clear(stack, sp, 2);
                            break;
                        case LOAD_METHOD: {
                            PyObject obj = stack[sp - 1];
                            PyObject meth = plainMethod(obj, names[arg]);
                            if (meth != null) {
                                stack[sp - 1] = meth;
                                stack[sp++] = obj;
                            } else {
                                stack[sp - 1] = null;
                                stack[sp++] = Abstract.getAttr(obj, names[arg]);
                            }
                            break;
                        }
                        case BUILD_TUPLE: {
                            PyTuple t = PyTuple.of(pop(stack, sp, arg));
                            sp = clear(stack, sp, arg);
                            stack[sp++] = t;
                            break;
                        }
                        case BUILD_LIST: {
                            PyList l = new PyList(pop(stack, sp, arg));
                            sp = clear(stack, sp, arg);
                            stack[sp++] = l;
                            break;
                        }
                        case LIST_APPEND: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                            break;
                        }
                        case UNPACK_SEQUENCE: {
                            PyObject seq = stack[--sp];
                            stack[sp] = null;
                            PyObject[] items = SlowPaths.unpack(seq, arg);
                            for (int i = arg - 1; i >= 0; i--) {
                                stack[sp++] = items[i];
                            }
                            break;
                        }
                        case GET_ITER:
                            stack[sp - 1] = Abstract.iter(stack[sp - 1]);
                            break;
                        case FOR_ITER: {
                            PyObject it = stack[sp - 1];
                            PyObject v = it instanceof PyIterator pi ? pi.next() : Abstract.next(it);
                            if (v != null) {
                                stack[sp++] = v;
                            } else {
                                stack[--sp] = null;
                                pc += arg;
                            }
                            break;
                        }
                        case JUMP_FORWARD:
                            pc += arg;
                            break;
                        case JUMP_BACKWARD:
                            pc -= arg;
                            checkPoint(ts, f, pc, sp, lasti);
                            break;
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc -= arg;
                            break;
                        case POP_JUMP_FORWARD_IF_FALSE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (!truth(v)) {
                                pc += arg;
                            }
                            break;
                        }
                        case POP_JUMP_FORWARD_IF_TRUE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (truth(v)) {
                                pc += arg;
                            }
                            break;
                        }
                        case POP_JUMP_FORWARD_IF_NONE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyNone.NONE) {
                                pc += arg;
                            }
                            break;
                        }
                        case POP_JUMP_FORWARD_IF_NOT_NONE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v != PyNone.NONE) {
                                pc += arg;
                            }
                            break;
                        }
                        case POP_JUMP_BACKWARD_IF_FALSE:
                        case POP_JUMP_BACKWARD_IF_TRUE:
                        case POP_JUMP_BACKWARD_IF_NONE:
                        case POP_JUMP_BACKWARD_IF_NOT_NONE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            boolean jump = switch (word & 0xff) {
                                case POP_JUMP_BACKWARD_IF_FALSE -> !truth(v);
                                case POP_JUMP_BACKWARD_IF_TRUE -> truth(v);
                                case POP_JUMP_BACKWARD_IF_NONE -> v == PyNone.NONE;
                                default -> v != PyNone.NONE;
                            };
                            if (jump) {
                                pc -= arg;
                                checkPoint(ts, f, pc, sp, lasti);
                            }
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                            if (!truth(stack[sp - 1])) {
                                pc += arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (truth(stack[sp - 1])) {
                                pc += arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case KW_NAMES:
                            kwnames = SlowPaths.kwnamesOf(consts[arg]);
                            break;
                        case CALL: {
                            int base = sp - arg - 2;
                            PyObject first = stack[base];
                            PyObject callable = first == null ? stack[base + 1] : first;
                            int argStart = first == null ? base + 2 : base + 1;
                            int nargs = first == null ? arg : arg + 1;
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = lasti;
                            String[] kw = kwnames;
                            kwnames = null;
                            PyObject result;
                            if (callable instanceof PyFunction fn) {
                                Frame callee = kw == null ? Frame.forStackCall(fn, stack, argStart, nargs)
                                        : Frame.forCall(fn, null, pop(stack, sp, nargs), kw);
                                sp = clear(stack, sp, arg + 2);
                                f.sp = sp;
                                if (++ts.depth > interp.recursionLimit) {
                                    ts.depth--;
                                    throw PyExc.raise(PyExc.RecursionError, "maximum recursion depth exceeded");
                                }
                                callee.back = f;
                                ts.frame = callee;
                                f = callee;
                                continue frames;
                            } else if (first != null && callable instanceof PyMethodDescr md) {
                                result = md.callWithSelf(stack[base + 1], pop(stack, sp, arg), kw);
                            } else {
                                result = callable.call(pop(stack, sp, nargs), kw);
                            }
                            sp = clear(stack, sp, arg + 2);
                            stack[sp++] = result;
                            checkPoint(ts, f, pc, sp, lasti);
                            break;
                        }
                        case CALL_FUNCTION_EX:
                            f.pc = pc;
                            f.lasti = lasti;
                            sp = RareInstructions.callFunctionEx(f, stack, sp, arg);
                            checkPoint(ts, f, pc, sp, lasti);
                            break;
                        case RETURN_VALUE:
                        case RETURN_GENERATOR: {
                            PyObject v;
                            f.lasti = lasti;
                            if ((word & 0xff) == RETURN_GENERATOR) {
                                f.pc = pc;
                                f.sp = sp;
                                v = GenFrame.create(f);
                            } else {
                                v = stack[--sp];
                                stack[sp] = null;
                                f.pc = pc;
                                f.sp = sp;
                                if (f.generator != null) {
                                    f.generator.finished = true;
                                }
                            }
                            if (f == entry) {
                                return v;
                            }
                            f = f.back;
                            ts.frame = f;
                            ts.depth--;
                            f.stack[f.sp++] = v;
                            continue frames;
                        }
                        case YIELD_VALUE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = lasti;
                            return v;
                        }
                        case SEND: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            PyObject receiver = stack[sp - 1];
                            PyObject[] returned = new PyObject[1];
                            PyObject r = GenFrame.sendTo(receiver, v, returned);
                            if (r != null) {
                                stack[sp++] = r;
                            } else {
                                stack[sp - 1] = returned[0];
                                pc += arg;
                            }
                            break;
                        }
                        case END_ASYNC_FOR: {
                            PyObject exc = stack[--sp];
                            stack[sp] = null;
                            if (!Awaiting.endsLoop(exc)) {
                                reraise = true;
                                throw ((PyBaseException) exc).toThrowable();
                            }
                            stack[--sp] = null;
                            break;
                        }
                        case RAISE_VARARGS: {
                            PyObject cause = arg == 2 ? stack[--sp] : null;
                            PyObject exc = arg >= 1 ? stack[--sp] : null;
                            // a bare raise re-raises as is: its traceback gains no entry (as CPython's)
                            reraise = arg == 0 && ts.handled != null;
                            throw Raise.make(ts, exc, cause, arg == 2);
                        }
                        case RERAISE: {
                            // only the exception is popped: unwinding cuts the stack to the handler's depth
                            PyObject exc = stack[--sp];
                            stack[sp] = null;
                            reraise = true;
                            throw ((PyBaseException) exc).toThrowable();
                        }
                        default:
                            f.pc = pc;
                            f.lasti = lasti;
                            sp = RareInstructions.execute(word & 0xff, arg, ts, f, stack, sp);
                            break;
                    }
                }
            } catch (Throwable thrown) {
                PyException e = Raise.fromJava(thrown);
                PyBaseException exc = e.value;
                if (!reraise) {
                    if (ts.handled != null && exc.context == null && exc != ts.handled) {
                        exc.context = ts.handled;
                    }
                    exc.traceback = new PyTraceback(f, code, lasti, code.lineOf(lasti), exc.traceback);
                }
                reraise = false;
                kwnames = null;
                int h;
                while ((h = findHandler(code.co_exceptiontable, lasti)) < 0) {
                    for (int i = f.stackBase; i < sp; i++) {
                        stack[i] = null;
                    }
                    f.sp = f.stackBase;
                    f.pc = pc;
                    f.lasti = lasti;
                    if (f.generator != null) {
                        f.generator.finished = true;
                    }
                    if (f == entry) {
                        throw e;
                    }
                    // unwind into the caller that called this frame inline
                    f = f.back;
                    ts.frame = f;
                    ts.depth--;
                    code = f.code;
                    stack = f.stack;
                    pc = f.pc;
                    sp = f.sp;
                    lasti = f.lasti;
                    exc.traceback = new PyTraceback(f, code, lasti, code.lineOf(lasti), exc.traceback);
                }
                int[] table = code.co_exceptiontable;
                int depth = f.stackBase + table[h + 3];
                while (sp > depth) {
                    stack[--sp] = null;
                }
                if (table[h + 4] != 0) {
                    stack[sp++] = PyInt.of(lasti);
                }
                stack[sp++] = exc;
                f.sp = sp;
                f.pc = table[h + 2];
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A check point: hands over the GIL, or raises an interrupt, when the eval breaker is set; else
     * costs one volatile read. All check points share this one method, hence one branch profile:
     * once any of them has seen the breaker set, the JIT compiles the handling everywhere instead
     * of leaving a trap that deoptimizes the whole loop when the breaker is first set there.
     */
    private static void checkPoint(ThreadState ts, Frame f, int pc, int sp, int lasti) {
        if (ts.interp.evalBreaker) {
            f.pc = pc;
            f.sp = sp;
            f.lasti = lasti;
            ts.interp.handleEvalBreaker(ts);
        }
    }

    private static boolean truth(PyObject v) {
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE || v == PyNone.NONE) {
            return false;
        }
        return v.isTrue();
    }

    /** Copies the top n stack items (deepest first) into a new array. */
    private static PyObject[] pop(PyObject[] stack, int sp, int n) {
        PyObject[] out = new PyObject[n];
        System.arraycopy(stack, sp - n, out, 0, n);
        return out;
    }

    /** Drops the top n stack items (clearing the slots so they can be collected). */
    static int clear(PyObject[] stack, int sp, int n) {
        for (int i = sp - n; i < sp; i++) {
            stack[i] = null;
        }
        return sp - n;
    }

    private static int findHandler(int[] table, int at) {
        int found = -1;
        for (int h = 0; h < table.length; h += 5) {
            if (table[h] <= at && at < table[h + 1]) {
                // innermost = the last matching entry with the narrowest range
                if (found < 0 || table[h + 1] - table[h] <= table[found + 1] - table[found]) {
                    found = h;
                }
            }
        }
        return found;
    }

    private static PyObject plainMethod(PyObject obj, PyStr name) {
        // these look attributes up their own way (type's MRO, module dict, super's MRO, the function)
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof org.gilpy.objects.PySuper
                || obj instanceof org.gilpy.objects.PyMethod) {
            return null;
        }
        PyType tp = obj.type();
        if (tp.hasCustomGetattr()) {
            return null;
        }
        PyObject descr = tp.lookup(name);
        if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
            PyDict d = obj.getDict();
            if (d != null && d.getItem(name) != null) {
                return null;
            }
            return descr;
        }
        return null;
    }

}

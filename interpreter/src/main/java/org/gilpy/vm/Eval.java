package org.gilpy.vm;

import static org.gilpy.bytecode.OpcodeNumbers.*;

import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBaseExceptionGroup;
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
import org.gilpy.objects.PySet;
import org.gilpy.objects.PySlice;
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

    private static final Opcode[] OPS = Opcode.values();

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
                            if (interp.evalBreaker) {
                                f.pc = pc;
                                f.sp = sp;
                                f.lasti = lasti;
                                interp.handleEvalBreaker(ts);
                            }
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
                        case UNARY_POSITIVE:
                            stack[sp - 1] = Abstract.positive(stack[sp - 1]);
                            break;
                        case UNARY_NEGATIVE:
                            stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                            break;
                        case UNARY_NOT:
                            stack[sp - 1] = PyBool.of(!truth(stack[sp - 1]));
                            break;
                        case UNARY_INVERT:
                            stack[sp - 1] = Abstract.invert(stack[sp - 1]);
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
                        case DELETE_SUBSCR:
                            Abstract.delItem(stack[sp - 2], stack[sp - 1]);
                            sp = clear(stack, sp, 2);
                            break;
                        case BUILD_SLICE: {
                            PySlice s = arg == 3 ? new PySlice(stack[sp - 3], stack[sp - 2], stack[sp - 1])
                                    : new PySlice(stack[sp - 2], stack[sp - 1], PyNone.NONE);
                            sp = clear(stack, sp, arg);
                            stack[sp++] = s;
                            break;
                        }
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
                        case DELETE_NAME:
                            SlowPaths.deleteName(f, names[arg]);
                            break;
                        case LOAD_GLOBAL: {
                            PyCode.GlobalCache cache = code.globalCache[lasti];
                            PyDict g = f.globals;
                            PyDict b = f.builtins;
                            PyObject v;
                            if (cache != null && cache.globals == g && cache.globalsVersion == g.version()
                                    && cache.builtins == b && cache.builtinsVersion == b.version()) {
                                v = cache.value;
                            } else {
                                PyStr name = names[arg >> 1];
                                v = g.getItem(name);
                                if (v == null) {
                                    v = b.getItem(name);
                                    if (v == null) {
                                        throw SlowPaths.nameError(name);
                                    }
                                }
                                if (cache == null) {
                                    cache = new PyCode.GlobalCache();
                                    code.globalCache[lasti] = cache;
                                }
                                cache.globals = g;
                                cache.globalsVersion = g.version();
                                cache.builtins = b;
                                cache.builtinsVersion = b.version();
                                cache.value = v;
                            }
                            if ((arg & 1) != 0) {
                                stack[sp++] = null;
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_GLOBAL:
                            f.globals.setItem(names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case DELETE_GLOBAL:
                            if (f.globals.delItem(names[arg]) == null) {
                                throw SlowPaths.nameError(names[arg]);
                            }
                            break;
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
                        case DELETE_FAST:
                            if (fast[arg] == null) {
                                throw SlowPaths.unboundLocal(code, arg);
                            }
                            fast[arg] = null;
                            break;
                        case MAKE_CELL:
                            fast[arg] = new PyCell(fast[arg]);
                            break;
                        case COPY_FREE_VARS: {
                            int base = f.stackBase - arg;
                            for (int i = 0; i < arg; i++) {
                                fast[base + i] = f.closure[i];
                            }
                            break;
                        }
                        case LOAD_CLOSURE:
                            stack[sp++] = fast[arg];
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
                        case DELETE_DEREF: {
                            PyCell c = (PyCell) fast[arg];
                            if (c.value == null) {
                                throw SlowPaths.unboundDeref(code, arg);
                            }
                            c.value = null;
                            break;
                        }
                        case LOAD_CLASSDEREF: {
                            PyStr name = PyStr.intern(code.localsplusNames[arg]);
                            PyObject v = f.locals == null ? null : SlowPaths.namespaceGet(f.locals, name);
                            if (v == null) {
                                v = ((PyCell) fast[arg]).value;
                                if (v == null) {
                                    throw SlowPaths.unboundDeref(code, arg);
                                }
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case LOAD_ATTR:
                            stack[sp - 1] = Abstract.getAttr(stack[sp - 1], names[arg]);
                            break;
                        case STORE_ATTR:
                            Abstract.setAttr(stack[sp - 1], names[arg], stack[sp - 2]);
                            sp = clear(stack, sp, 2);
                            break;
                        case DELETE_ATTR:
                            Abstract.setAttr(stack[sp - 1], names[arg], null);
                            stack[--sp] = null;
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
                        case BUILD_SET: {
                            PySet s = new PySet(false);
                            for (int i = sp - arg; i < sp; i++) {
                                s.add(stack[i]);
                            }
                            sp = clear(stack, sp, arg);
                            stack[sp++] = s;
                            break;
                        }
                        case BUILD_MAP: {
                            PyDict d = new PyDict(arg);
                            for (int i = sp - 2 * arg; i < sp; i += 2) {
                                d.setItem(stack[i], stack[i + 1]);
                            }
                            sp = clear(stack, sp, 2 * arg);
                            stack[sp++] = d;
                            break;
                        }
                        case BUILD_CONST_KEY_MAP: {
                            PyTuple keys = (PyTuple) stack[sp - 1];
                            PyDict d = new PyDict(arg);
                            for (int i = 0; i < arg; i++) {
                                d.setItem(keys.items[i], stack[sp - 1 - arg + i]);
                            }
                            sp = clear(stack, sp, arg + 1);
                            stack[sp++] = d;
                            break;
                        }
                        case BUILD_STRING: {
                            StringBuilder sb = new StringBuilder();
                            for (int i = sp - arg; i < sp; i++) {
                                sb.append(((PyStr) stack[i]).value);
                            }
                            sp = clear(stack, sp, arg);
                            stack[sp++] = PyStr.of(sb.toString());
                            break;
                        }
                        case LIST_APPEND: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                            break;
                        }
                        case SET_ADD: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PySet) stack[sp - arg]).add(v);
                            break;
                        }
                        case MAP_ADD: {
                            PyObject value = stack[--sp];
                            PyObject key = stack[--sp];
                            stack[sp] = null;
                            stack[sp + 1] = null;
                            ((PyDict) stack[sp - arg]).setItem(key, value);
                            break;
                        }
                        case LIST_EXTEND: {
                            PyObject iterable = stack[--sp];
                            stack[sp] = null;
                            PyList l = (PyList) stack[sp - arg];
                            PyObject[] more = SlowPaths.extendItems(iterable);
                            l.extend(more, more.length);
                            break;
                        }
                        case SET_UPDATE: {
                            PyObject iterable = stack[--sp];
                            stack[sp] = null;
                            ((PySet) stack[sp - arg]).update(iterable);
                            break;
                        }
                        case DICT_UPDATE:
                        case DICT_MERGE: {
                            PyObject src = stack[--sp];
                            stack[sp] = null;
                            SlowPaths.dictUpdate((PyDict) stack[sp - arg], src, (word & 0xff) == DICT_MERGE,
                                    (word & 0xff) == DICT_MERGE ? stack[sp - arg - 2] : null);
                            break;
                        }
                        case LIST_TO_TUPLE:
                            stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
                            break;
                        case FORMAT_VALUE: {
                            PyObject spec = null;
                            if ((arg & 4) != 0) {
                                spec = stack[--sp];
                                stack[sp] = null;
                            }
                            PyObject v = stack[sp - 1];
                            switch (arg & 3) {
                                case 1 -> v = Abstract.str(v);
                                case 2 -> v = Abstract.repr(v);
                                case 3 -> v = Abstract.ascii(v);
                                default -> { }
                            }
                            String s = spec == null ? "" : ((PyStr) spec).value;
                            stack[sp - 1] = Abstract.format(v, s);
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
                        case UNPACK_EX: {
                            PyObject seq = stack[--sp];
                            stack[sp] = null;
                            sp = SlowPaths.unpackEx(stack, sp, seq, arg & 0xff, arg >> 8);
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
                            if (interp.evalBreaker) {
                                f.pc = pc;
                                f.sp = sp;
                                f.lasti = lasti;
                                interp.handleEvalBreaker(ts);
                            }
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
                                if (interp.evalBreaker) {
                                    f.pc = pc;
                                    f.sp = sp;
                                    f.lasti = lasti;
                                    interp.handleEvalBreaker(ts);
                                }
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
                            if (interp.evalBreaker) {
                                f.pc = pc;
                                f.sp = sp;
                                interp.handleEvalBreaker(ts);
                            }
                            break;
                        }
                        case CALL_FUNCTION_EX: {
                            PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                            PyObject callargs = stack[--sp];
                            PyObject callable = stack[--sp];
                            PyObject below = stack[--sp];
                            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                            if ((arg & 1) != 0) {
                                stack[sp + 3] = null;
                            }
                            PyObject[] positional = callargs instanceof PyTuple t ? t.items : Abstract.toArray(callargs);
                            if (below != null) {
                                PyObject[] withSelf = new PyObject[positional.length + 1];
                                withSelf[0] = callable;
                                System.arraycopy(positional, 0, withSelf, 1, positional.length);
                                positional = withSelf;
                                callable = below;
                            }
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = lasti;
                            PyObject result = SlowPaths.callEx(callable, positional, kwargs);
                            stack[sp++] = result;
                            if (interp.evalBreaker) {
                                f.sp = sp;
                                interp.handleEvalBreaker(ts);
                            }
                            break;
                        }
                        case MAKE_FUNCTION: {
                            PyCode fcode = (PyCode) stack[--sp];
                            PyCell[] closure = null;
                            PyDict annotations = null;
                            PyDict kwdefaults = null;
                            PyObject[] defaults = null;
                            if ((arg & 8) != 0) {
                                PyObject[] cells = ((PyTuple) stack[--sp]).items;
                                closure = new PyCell[cells.length];
                                for (int i = 0; i < cells.length; i++) {
                                    closure[i] = (PyCell) cells[i];
                                }
                            }
                            if ((arg & 4) != 0) {
                                annotations = (PyDict) stack[--sp];
                            }
                            if ((arg & 2) != 0) {
                                kwdefaults = (PyDict) stack[--sp];
                            }
                            if ((arg & 1) != 0) {
                                defaults = ((PyTuple) stack[--sp]).items;
                            }
                            for (int i = sp; i < sp + 5 && i < stack.length; i++) {
                                stack[i] = null;
                            }

                            stack[sp++] = new PyFunction(fcode, f.globals, f.builtins, defaults, kwdefaults, closure,
                                    annotations);
                            break;
                        }
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
                        case GET_YIELD_FROM_ITER: {
                            PyObject o = stack[sp - 1];
                            if (o instanceof PyCoroutine && (code.co_flags & PyCode.CO_ITERABLE_COROUTINE) == 0) {
                                throw PyExc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                            }
                            if (!(o instanceof PyGenerator)) {
                                stack[sp - 1] = Abstract.iter(o);
                            }
                            break;
                        }
                        case GET_AWAITABLE:
                            f.lasti = lasti;
                            stack[sp - 1] = Awaiting.awaitable(stack[sp - 1], arg);
                            break;
                        case GET_AITER:
                            f.lasti = lasti;
                            stack[sp - 1] = Awaiting.aiter(stack[sp - 1]);
                            break;
                        case GET_ANEXT:
                            f.lasti = lasti;
                            stack[sp] = Awaiting.anext(stack[sp - 1]);
                            sp++;
                            break;
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
                        case BEFORE_ASYNC_WITH:
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = lasti;
                            stack[sp] = Awaiting.beforeAsyncWith(stack, sp);
                            sp++;
                            break;
                        case ASYNC_GEN_WRAP:
                            stack[sp - 1] = new PyAsyncGenerator.Wrapped(stack[sp - 1]);
                            break;
                        case IMPORT_NAME: {
                            PyObject fromlist = stack[--sp];
                            PyObject level = stack[--sp];
                            stack[sp] = stack[sp + 1] = null;
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = lasti;
                            stack[sp++] = interp.importer.importName(names[arg].value, f.globals, fromlist,
                                    (int) ((PyInt) level).v);
                            break;
                        }
                        case IMPORT_FROM:
                            stack[sp] = interp.importer.importFrom(stack[sp - 1], names[arg]);
                            sp++;
                            break;
                        case IMPORT_STAR: {
                            PyObject module = stack[--sp];
                            stack[sp] = null;
                            SlowPaths.importStar(f, module);
                            break;
                        }
                        case LOAD_BUILD_CLASS: {
                            PyObject bc = f.builtins.get("__build_class__");
                            if (bc == null) {
                                throw PyExc.nameError("__build_class__ not found");
                            }
                            stack[sp++] = bc;
                            break;
                        }
                        case SETUP_ANNOTATIONS:
                            if (SlowPaths.namespaceGet(f.locals, Names.__annotations__) == null) {
                                SlowPaths.storeName(f, Names.__annotations__, new PyDict());
                            }
                            break;
                        case LOAD_ASSERTION_ERROR:
                            stack[sp++] = PyExc.AssertionError;
                            break;
                        case PRINT_EXPR: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            interp.displayHook(v);
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
                        case PUSH_EXC_INFO: {
                            PyObject exc = stack[sp - 1];
                            stack[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
                            stack[sp++] = exc;
                            ts.handled = (PyBaseException) exc;
                            break;
                        }
                        case POP_EXCEPT: {
                            PyObject prev = stack[--sp];
                            stack[sp] = null;
                            ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                            break;
                        }
                        case CHECK_EXC_MATCH: {
                            PyObject type = stack[sp - 1];
                            Raise.checkCatchable(type);
                            stack[sp - 1] = PyBool.of(Abstract.isInstance(stack[sp - 2], type));
                            break;
                        }
                        case BEFORE_WITH: {
                            PyObject mgr = stack[sp - 1];
                            PyType tp = mgr.type();
                            PyObject enter = tp.lookup(Names.__enter__);
                            PyObject exit = tp.lookup(Names.__exit__);
                            if (enter == null || exit == null) {
                                throw PyExc.typeError("'%s' object does not support the context manager protocol",
                                        tp.name);
                            }
                            stack[sp - 1] = new org.gilpy.objects.PyMethod(exit, mgr);
                            f.pc = pc;
                            f.sp = sp;
                            f.lasti = lasti;
                            stack[sp++] = Abstract.callPrepended(enter, mgr, new PyObject[0], null);
                            break;
                        }
                        case WITH_EXCEPT_START: {
                            PyBaseException exc = (PyBaseException) stack[sp - 1];
                            PyObject exit = stack[sp - 4];
                            PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
                            stack[sp++] = Abstract.call(exit, exc.type(), exc, tb);
                            break;
                        }
                        case STOPITERATION_ERROR: {
                            // PEP 479: a StopIteration escaping a generator's body becomes RuntimeError
                            stack[sp - 1] = GenFrame.leakedStop(code, (PyBaseException) stack[sp - 1]);
                            break;
                        }
                        case GET_LEN:
                            stack[sp] = PyInt.of(Abstract.len(stack[sp - 1]));
                            sp++;
                            break;
                        case MATCH_MAPPING:
                            stack[sp] = PyBool.of(PatternMatching.isMapping(interp, stack[sp - 1]));
                            sp++;
                            break;
                        case MATCH_SEQUENCE:
                            stack[sp] = PyBool.of(PatternMatching.isSequence(interp, stack[sp - 1]));
                            sp++;
                            break;
                        case MATCH_KEYS: {
                            PyObject values = PatternMatching.matchKeys(stack[sp - 2], (PyTuple) stack[sp - 1]);
                            stack[sp++] = values == null ? PyNone.NONE : values;
                            break;
                        }
                        case MATCH_CLASS: {
                            PyObject attrs = PatternMatching.matchClass(stack[sp - 3], stack[sp - 2],
                                    (PyTuple) stack[sp - 1], arg);
                            sp = clear(stack, sp, 2);
                            stack[sp - 1] = attrs == null ? PyNone.NONE : attrs;
                            break;
                        }
                        case CHECK_EG_MATCH: {
                            PyObject type = stack[sp - 1];
                            Raise.checkExceptStarType(type);
                            PyObject[] parts = PyBaseExceptionGroup.exceptStarMatch((PyBaseException) stack[sp - 2], type);
                            if (parts[0] == PyNone.NONE) {
                                stack[sp - 1] = PyNone.NONE;
                            } else {
                                stack[sp - 2] = parts[1];
                                stack[sp - 1] = parts[0];
                                ts.handled = (PyBaseException) parts[0];
                            }
                            break;
                        }
                        case PREP_RERAISE_STAR: {
                            PyList excs = (PyList) stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBaseExceptionGroup.prepReraiseStar((PyBaseException) stack[sp - 1],
                                    excs.toArray());
                            break;
                        }
                        default:
                            throw PyExc.systemError("unknown opcode %s", OPS[word & 0xff]);
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
    private static int clear(PyObject[] stack, int sp, int n) {
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

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
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * The instructions a hot loop rarely executes (imports, class bodies, {@code with}, {@code except},
 * pattern matching, building sets, dicts and f-strings, deletions, the async instructions but
 * END_ASYNC_FOR), one method each, run by
 * {@link #execute} from the default case of {@link Eval}'s loop.
 *
 * <p>Why they are not cases of the loop: HotSpot's C2 compiles {@code Eval.loop} as one method,
 * in a time that grows faster than its size, and compiles it again whenever a branch it had never
 * seen taken is taken (a new opcode, say). With only the common instructions in the loop that
 * takes tenths of a second instead of seconds; {@link #execute} is too large to be inlined into
 * the loop, so its cases cost the loop's compilation nothing. An instruction here takes and
 * returns the stack pointer; the frame's pc and lasti are saved before it runs, so it may call
 * out to Python code.
 */
final class RareInstructions {
    private RareInstructions() {}

    private static final Opcode[] OPS = Opcode.values();

    /** Runs instruction op (argument arg) of frame f; returns the new stack pointer. */
    static int execute(int op, int arg, ThreadState ts, Frame f, PyObject[] stack, int sp) {
        return switch (op) {
            case UNARY_POSITIVE -> unaryPositive(stack, sp);
            case UNARY_INVERT -> unaryInvert(stack, sp);
            case DELETE_SUBSCR -> deleteSubscr(stack, sp);
            case BUILD_SLICE -> buildSlice(stack, sp, arg);
            case DELETE_NAME -> deleteName(f, sp, arg);
            case STORE_GLOBAL -> storeGlobal(f, stack, sp, arg);
            case DELETE_GLOBAL -> deleteGlobal(f, sp, arg);
            case DELETE_FAST -> deleteFast(f, sp, arg);
            case MAKE_CELL -> makeCell(f, sp, arg);
            case COPY_FREE_VARS -> copyFreeVars(f, sp, arg);
            case LOAD_CLOSURE -> loadClosure(f, stack, sp, arg);
            case DELETE_DEREF -> deleteDeref(f, sp, arg);
            case LOAD_CLASSDEREF -> loadClassderef(f, stack, sp, arg);
            case DELETE_ATTR -> deleteAttr(f, stack, sp, arg);
            case BUILD_SET -> buildSet(stack, sp, arg);
            case BUILD_MAP -> buildMap(stack, sp, arg);
            case BUILD_CONST_KEY_MAP -> buildConstKeyMap(stack, sp, arg);
            case BUILD_STRING -> buildString(stack, sp, arg);
            case SET_ADD -> setAdd(stack, sp, arg);
            case MAP_ADD -> mapAdd(stack, sp, arg);
            case LIST_EXTEND -> listExtend(stack, sp, arg);
            case SET_UPDATE -> setUpdate(stack, sp, arg);
            case DICT_UPDATE -> dictUpdate(stack, sp, arg, false);
            case DICT_MERGE -> dictUpdate(stack, sp, arg, true);
            case LIST_TO_TUPLE -> listToTuple(stack, sp);
            case FORMAT_VALUE -> formatValue(stack, sp, arg);
            case UNPACK_EX -> unpackEx(stack, sp, arg);
            case GET_YIELD_FROM_ITER -> getYieldFromIter(f, stack, sp);
            case GET_AWAITABLE -> getAwaitable(stack, sp, arg);
            case GET_AITER -> getAiter(stack, sp);
            case GET_ANEXT -> getAnext(stack, sp);
            case BEFORE_ASYNC_WITH -> beforeAsyncWith(f, stack, sp);
            case ASYNC_GEN_WRAP -> asyncGenWrap(stack, sp);
            case MAKE_FUNCTION -> makeFunction(f, stack, sp, arg);
            case IMPORT_NAME -> importName(ts, f, stack, sp, arg);
            case IMPORT_FROM -> importFrom(ts, f, stack, sp, arg);
            case IMPORT_STAR -> importStar(f, stack, sp);
            case LOAD_BUILD_CLASS -> loadBuildClass(f, stack, sp);
            case SETUP_ANNOTATIONS -> setupAnnotations(f, sp);
            case LOAD_ASSERTION_ERROR -> loadAssertionError(stack, sp);
            case PRINT_EXPR -> printExpr(ts, stack, sp);
            case PUSH_EXC_INFO -> pushExcInfo(ts, stack, sp);
            case POP_EXCEPT -> popExcept(ts, stack, sp);
            case CHECK_EXC_MATCH -> checkExcMatch(stack, sp);
            case BEFORE_WITH -> beforeWith(f, stack, sp);
            case WITH_EXCEPT_START -> withExceptStart(stack, sp);
            case STOPITERATION_ERROR -> stopiterationError(f, stack, sp);
            case GET_LEN -> getLen(stack, sp);
            case MATCH_MAPPING -> matchMapping(ts, stack, sp);
            case MATCH_SEQUENCE -> matchSequence(ts, stack, sp);
            case MATCH_KEYS -> matchKeys(stack, sp);
            case MATCH_CLASS -> matchClass(stack, sp, arg);
            case CHECK_EG_MATCH -> checkEgMatch(ts, stack, sp);
            case PREP_RERAISE_STAR -> prepReraiseStar(stack, sp);
            default -> throw PyExc.systemError("unknown opcode %s", OPS[op]);
        };
    }

    private static int unaryPositive(PyObject[] stack, int sp) {
        stack[sp - 1] = Abstract.positive(stack[sp - 1]);
        return sp;
    }

    private static int unaryInvert(PyObject[] stack, int sp) {
        stack[sp - 1] = Abstract.invert(stack[sp - 1]);
        return sp;
    }

    private static int deleteSubscr(PyObject[] stack, int sp) {
        Abstract.delItem(stack[sp - 2], stack[sp - 1]);
        return Eval.clear(stack, sp, 2);
    }

    private static int buildSlice(PyObject[] stack, int sp, int arg) {
        PySlice s = arg == 3 ? new PySlice(stack[sp - 3], stack[sp - 2], stack[sp - 1])
                : new PySlice(stack[sp - 2], stack[sp - 1], PyNone.NONE);
        sp = Eval.clear(stack, sp, arg);
        stack[sp++] = s;
        return sp;
    }

    private static int deleteName(Frame f, int sp, int arg) {
        SlowPaths.deleteName(f, f.code.co_names[arg]);
        return sp;
    }

    private static int storeGlobal(Frame f, PyObject[] stack, int sp, int arg) {
        f.globals.setItem(f.code.co_names[arg], stack[--sp]);
        stack[sp] = null;
        return sp;
    }

    private static int deleteGlobal(Frame f, int sp, int arg) {
        PyStr name = f.code.co_names[arg];
        if (f.globals.delItem(name) == null) {
            throw SlowPaths.nameError(name);
        }
        return sp;
    }

    private static int deleteFast(Frame f, int sp, int arg) {
        if (f.localsplus[arg] == null) {
            throw SlowPaths.unboundLocal(f.code, arg);
        }
        f.localsplus[arg] = null;
        return sp;
    }

    private static int makeCell(Frame f, int sp, int arg) {
        f.localsplus[arg] = new PyCell(f.localsplus[arg]);
        return sp;
    }

    private static int copyFreeVars(Frame f, int sp, int arg) {
        System.arraycopy(f.closure, 0, f.localsplus, f.stackBase - arg, arg);
        return sp;
    }

    private static int loadClosure(Frame f, PyObject[] stack, int sp, int arg) {
        stack[sp++] = f.localsplus[arg];
        return sp;
    }

    private static int deleteDeref(Frame f, int sp, int arg) {
        PyCell c = (PyCell) f.localsplus[arg];
        if (c.value == null) {
            throw SlowPaths.unboundDeref(f.code, arg);
        }
        c.value = null;
        return sp;
    }

    private static int loadClassderef(Frame f, PyObject[] stack, int sp, int arg) {
        PyCode code = f.code;
        PyStr name = PyStr.intern(code.localsplusNames[arg]);
        PyObject v = f.locals == null ? null : SlowPaths.namespaceGet(f.locals, name);
        if (v == null) {
            v = ((PyCell) f.localsplus[arg]).value;
            if (v == null) {
                throw SlowPaths.unboundDeref(code, arg);
            }
        }
        stack[sp++] = v;
        return sp;
    }

    private static int deleteAttr(Frame f, PyObject[] stack, int sp, int arg) {
        Abstract.setAttr(stack[sp - 1], f.code.co_names[arg], null);
        stack[--sp] = null;
        return sp;
    }

    private static int buildSet(PyObject[] stack, int sp, int arg) {
        PySet s = new PySet(false);
        for (int i = sp - arg; i < sp; i++) {
            s.add(stack[i]);
        }
        sp = Eval.clear(stack, sp, arg);
        stack[sp++] = s;
        return sp;
    }

    private static int buildMap(PyObject[] stack, int sp, int arg) {
        PyDict d = new PyDict(arg);
        for (int i = sp - 2 * arg; i < sp; i += 2) {
            d.setItem(stack[i], stack[i + 1]);
        }
        sp = Eval.clear(stack, sp, 2 * arg);
        stack[sp++] = d;
        return sp;
    }

    private static int buildConstKeyMap(PyObject[] stack, int sp, int arg) {
        PyTuple keys = (PyTuple) stack[sp - 1];
        PyDict d = new PyDict(arg);
        for (int i = 0; i < arg; i++) {
            d.setItem(keys.items[i], stack[sp - 1 - arg + i]);
        }
        sp = Eval.clear(stack, sp, arg + 1);
        stack[sp++] = d;
        return sp;
    }

    private static int buildString(PyObject[] stack, int sp, int arg) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - arg; i < sp; i++) {
            sb.append(((PyStr) stack[i]).value);
        }
        sp = Eval.clear(stack, sp, arg);
        stack[sp++] = PyStr.of(sb.toString());
        return sp;
    }

    private static int setAdd(PyObject[] stack, int sp, int arg) {
        PyObject v = stack[--sp];
        stack[sp] = null;
        ((PySet) stack[sp - arg]).add(v);
        return sp;
    }

    private static int mapAdd(PyObject[] stack, int sp, int arg) {
        PyObject value = stack[--sp];
        PyObject key = stack[--sp];
        stack[sp] = null;
        stack[sp + 1] = null;
        ((PyDict) stack[sp - arg]).setItem(key, value);
        return sp;
    }

    private static int listExtend(PyObject[] stack, int sp, int arg) {
        PyObject iterable = stack[--sp];
        stack[sp] = null;
        PyList l = (PyList) stack[sp - arg];
        PyObject[] more = SlowPaths.extendItems(iterable);
        l.extend(more, more.length);
        return sp;
    }

    private static int setUpdate(PyObject[] stack, int sp, int arg) {
        PyObject iterable = stack[--sp];
        stack[sp] = null;
        ((PySet) stack[sp - arg]).update(iterable);
        return sp;
    }

    /** DICT_UPDATE, and DICT_MERGE (merge: a repeated key is an error naming the callable). */
    private static int dictUpdate(PyObject[] stack, int sp, int arg, boolean merge) {
        PyObject src = stack[--sp];
        stack[sp] = null;
        SlowPaths.dictUpdate((PyDict) stack[sp - arg], src, merge, merge ? stack[sp - arg - 2] : null);
        return sp;
    }

    private static int listToTuple(PyObject[] stack, int sp) {
        stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
        return sp;
    }

    private static int formatValue(PyObject[] stack, int sp, int arg) {
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
        return sp;
    }

    private static int unpackEx(PyObject[] stack, int sp, int arg) {
        PyObject seq = stack[--sp];
        stack[sp] = null;
        return SlowPaths.unpackEx(stack, sp, seq, arg & 0xff, arg >> 8);
    }

    private static int getYieldFromIter(Frame f, PyObject[] stack, int sp) {
        PyObject o = stack[sp - 1];
        if (o instanceof PyCoroutine && (f.code.co_flags & PyCode.CO_ITERABLE_COROUTINE) == 0) {
            throw PyExc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        if (!(o instanceof PyGenerator)) {
            stack[sp - 1] = Abstract.iter(o);
        }
        return sp;
    }

    private static int getAwaitable(PyObject[] stack, int sp, int arg) {
        stack[sp - 1] = Awaiting.awaitable(stack[sp - 1], arg);
        return sp;
    }

    private static int getAiter(PyObject[] stack, int sp) {
        stack[sp - 1] = Awaiting.aiter(stack[sp - 1]);
        return sp;
    }

    private static int getAnext(PyObject[] stack, int sp) {
        stack[sp] = Awaiting.anext(stack[sp - 1]);
        return sp + 1;
    }

    private static int beforeAsyncWith(Frame f, PyObject[] stack, int sp) {
        f.sp = sp;
        stack[sp] = Awaiting.beforeAsyncWith(stack, sp);
        return sp + 1;
    }

    private static int asyncGenWrap(PyObject[] stack, int sp) {
        stack[sp - 1] = new PyAsyncGenerator.Wrapped(stack[sp - 1]);
        return sp;
    }

    private static int makeFunction(Frame f, PyObject[] stack, int sp, int arg) {
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
        stack[sp++] = new PyFunction(fcode, f.globals, f.builtins, defaults, kwdefaults, closure, annotations);
        return sp;
    }

    /**
     * {@code f(*args, **kwargs)}. Run by the loop itself rather than by {@link #execute}, since the
     * loop has a check point after it.
     */
    static int callFunctionEx(Frame f, PyObject[] stack, int sp, int arg) {
        PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
        PyObject callargs = stack[--sp];
        PyObject callable = stack[--sp];
        PyObject below = stack[--sp];
        stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
        if ((arg & 1) != 0) {
            stack[sp + 3] = null;
        }
        PyObject[] positional = callargs instanceof PyTuple t ? t.items
                : SlowPaths.starArgs(below != null ? below : callable, callargs);
        if (below != null) {
            PyObject[] withSelf = new PyObject[positional.length + 1];
            withSelf[0] = callable;
            System.arraycopy(positional, 0, withSelf, 1, positional.length);
            positional = withSelf;
            callable = below;
        }
        f.sp = sp;
        stack[sp++] = SlowPaths.callEx(callable, positional, kwargs);
        return sp;
    }

    private static int importName(ThreadState ts, Frame f, PyObject[] stack, int sp, int arg) {
        PyObject fromlist = stack[--sp];
        PyObject level = stack[--sp];
        stack[sp] = stack[sp + 1] = null;
        f.sp = sp;
        stack[sp++] = ts.interp.importer.importName(f.code.co_names[arg].value, f.globals, fromlist,
                (int) ((PyInt) level).v);
        return sp;
    }

    private static int importFrom(ThreadState ts, Frame f, PyObject[] stack, int sp, int arg) {
        stack[sp] = ts.interp.importer.importFrom(stack[sp - 1], f.code.co_names[arg]);
        return sp + 1;
    }

    private static int importStar(Frame f, PyObject[] stack, int sp) {
        PyObject module = stack[--sp];
        stack[sp] = null;
        SlowPaths.importStar(f, module);
        return sp;
    }

    private static int loadBuildClass(Frame f, PyObject[] stack, int sp) {
        PyObject bc = f.builtins.get("__build_class__");
        if (bc == null) {
            throw PyExc.nameError("__build_class__ not found");
        }
        stack[sp++] = bc;
        return sp;
    }

    private static int setupAnnotations(Frame f, int sp) {
        if (SlowPaths.namespaceGet(f.locals, Names.__annotations__) == null) {
            SlowPaths.storeName(f, Names.__annotations__, new PyDict());
        }
        return sp;
    }

    private static int loadAssertionError(PyObject[] stack, int sp) {
        stack[sp++] = PyExc.AssertionError;
        return sp;
    }

    private static int printExpr(ThreadState ts, PyObject[] stack, int sp) {
        PyObject v = stack[--sp];
        stack[sp] = null;
        ts.interp.displayHook(v);
        return sp;
    }

    private static int pushExcInfo(ThreadState ts, PyObject[] stack, int sp) {
        PyObject exc = stack[sp - 1];
        stack[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
        stack[sp++] = exc;
        ts.handled = (PyBaseException) exc;
        return sp;
    }

    private static int popExcept(ThreadState ts, PyObject[] stack, int sp) {
        PyObject prev = stack[--sp];
        stack[sp] = null;
        ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
        return sp;
    }

    private static int checkExcMatch(PyObject[] stack, int sp) {
        PyObject type = stack[sp - 1];
        Raise.checkCatchable(type);
        stack[sp - 1] = PyBool.of(Abstract.isInstance(stack[sp - 2], type));
        return sp;
    }

    private static int beforeWith(Frame f, PyObject[] stack, int sp) {
        PyObject mgr = stack[sp - 1];
        PyType tp = mgr.type();
        PyObject enter = tp.lookup(Names.__enter__);
        PyObject exit = tp.lookup(Names.__exit__);
        if (enter == null || exit == null) {
            throw PyExc.typeError("'%s' object does not support the context manager protocol", tp.name);
        }
        stack[sp - 1] = new PyMethod(exit, mgr);
        f.sp = sp;
        stack[sp++] = Abstract.callPrepended(enter, mgr, new PyObject[0], null);
        return sp;
    }

    private static int withExceptStart(PyObject[] stack, int sp) {
        PyBaseException exc = (PyBaseException) stack[sp - 1];
        PyObject exit = stack[sp - 4];
        PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        stack[sp] = Abstract.call(exit, exc.type(), exc, tb);
        return sp + 1;
    }

    /** PEP 479: a StopIteration escaping a generator's body becomes RuntimeError. */
    private static int stopiterationError(Frame f, PyObject[] stack, int sp) {
        stack[sp - 1] = GenFrame.leakedStop(f.code, (PyBaseException) stack[sp - 1]);
        return sp;
    }

    private static int getLen(PyObject[] stack, int sp) {
        stack[sp] = PyInt.of(Abstract.len(stack[sp - 1]));
        return sp + 1;
    }

    private static int matchMapping(ThreadState ts, PyObject[] stack, int sp) {
        stack[sp] = PyBool.of(PatternMatching.isMapping(ts.interp, stack[sp - 1]));
        return sp + 1;
    }

    private static int matchSequence(ThreadState ts, PyObject[] stack, int sp) {
        stack[sp] = PyBool.of(PatternMatching.isSequence(ts.interp, stack[sp - 1]));
        return sp + 1;
    }

    private static int matchKeys(PyObject[] stack, int sp) {
        PyObject values = PatternMatching.matchKeys(stack[sp - 2], (PyTuple) stack[sp - 1]);
        stack[sp] = values == null ? PyNone.NONE : values;
        return sp + 1;
    }

    private static int matchClass(PyObject[] stack, int sp, int arg) {
        PyObject attrs = PatternMatching.matchClass(stack[sp - 3], stack[sp - 2], (PyTuple) stack[sp - 1], arg);
        sp = Eval.clear(stack, sp, 2);
        stack[sp - 1] = attrs == null ? PyNone.NONE : attrs;
        return sp;
    }

    private static int checkEgMatch(ThreadState ts, PyObject[] stack, int sp) {
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
        return sp;
    }

    private static int prepReraiseStar(PyObject[] stack, int sp) {
        PyList excs = (PyList) stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = PyBaseExceptionGroup.prepReraiseStar((PyBaseException) stack[sp - 1], excs.toArray());
        return sp;
    }
}

package org.gilpy.bytecode;

/**
 * Every instruction of gilpy's bytecode, defined once: its name (CPython 3.11's where the concept
 * is CPython's), what its argument means, its stack effect, and whether the GIL may switch there
 * (a "check point": the eval breaker is tested only at those instructions).
 *
 * <p>Encoding: a code object's {@code co_code} is an {@code int[]}, one int per instruction,
 * {@code opcode | arg << 8} (args up to 2^23; no EXTENDED_ARG). Offsets shown by the disassembler
 * are {@code 2 * index}, as CPython's byte offsets. Jump arguments are relative instruction
 * counts: forward jumps land at {@code index + 1 + arg}, backward jumps at {@code index + 1 - arg}.
 *
 * <p>Calls follow CPython 3.11: before CALL n the stack holds {@code [NULL, callable, args...]} or
 * {@code [method, self, args...]} (LOAD_METHOD pushes the second form when it finds a plain
 * function on the type, else NULL and the attribute); KW_NAMES sets the names of the last
 * {@code len(names)} args of the next CALL. Exceptions unwind through {@code co_exceptiontable}:
 * entries {@code (start, end, target, depth, lasti)}; on an exception at instruction i in
 * [start, end), the stack is cut to {@code depth}, the index i is pushed when lasti is set, then
 * the exception, and execution continues at target.
 */
public enum Opcode {
    // name, argument kind, stack effect (of the common case; see stackEffect), check point
    NOP(Arg.NONE, 0),
    /** Function (and generator resume) entry: a check point. */
    RESUME(Arg.NONE, 0, true),
    POP_TOP(Arg.NONE, -1),
    PUSH_NULL(Arg.NONE, 1),
    /** Push a copy of the i-th item from the top (1 = TOS). */
    COPY(Arg.INT, 1),
    /** Swap TOS with the i-th item (i >= 2). */
    SWAP(Arg.INT, 0),

    UNARY_POSITIVE(Arg.NONE, 0),
    UNARY_NEGATIVE(Arg.NONE, 0),
    UNARY_NOT(Arg.NONE, 0),
    UNARY_INVERT(Arg.NONE, 0),
    /** TOS = TOS1 op TOS; arg is the NB_* code (0..12; +13 for the in-place form). */
    BINARY_OP(Arg.BINOP, -1),
    BINARY_SUBSCR(Arg.NONE, -1),
    /** TOS1[TOS] = TOS2. */
    STORE_SUBSCR(Arg.NONE, -3),
    DELETE_SUBSCR(Arg.NONE, -2),
    /** arg 2 or 3: builds slice(TOS1, TOS) or slice(TOS2, TOS1, TOS). */
    BUILD_SLICE(Arg.INT, -1),
    /** arg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=. */
    COMPARE_OP(Arg.CMP, -1),
    /** arg 1 for {@code is not}. */
    IS_OP(Arg.INT, -1),
    /** arg 1 for {@code not in}: TOS1 in TOS. */
    CONTAINS_OP(Arg.INT, -1),

    LOAD_CONST(Arg.CONST, 1),
    LOAD_NAME(Arg.NAME, 1),
    STORE_NAME(Arg.NAME, -1),
    DELETE_NAME(Arg.NAME, 0),
    /** arg >> 1 is the name index; when arg & 1, NULL is pushed before the global. */
    LOAD_GLOBAL(Arg.GLOBAL, 1),
    STORE_GLOBAL(Arg.NAME, -1),
    DELETE_GLOBAL(Arg.NAME, 0),
    LOAD_FAST(Arg.LOCAL, 1),
    STORE_FAST(Arg.LOCAL, -1),
    DELETE_FAST(Arg.LOCAL, 0),
    /** Wrap localsplus[i] in a new cell (at function start, for cell variables). */
    MAKE_CELL(Arg.LOCAL, 0),
    /** Copy the function's closure cells into the last n localsplus slots. */
    COPY_FREE_VARS(Arg.INT, 0),
    /** Push the cell object at localsplus[i] (to build a closure tuple). */
    LOAD_CLOSURE(Arg.LOCAL, 1),
    /** Push the contents of the cell at localsplus[i]. */
    LOAD_DEREF(Arg.LOCAL, 1),
    STORE_DEREF(Arg.LOCAL, -1),
    DELETE_DEREF(Arg.LOCAL, 0),
    /** In a class body: the class namespace first, then the cell at localsplus[i]. */
    LOAD_CLASSDEREF(Arg.LOCAL, 1),
    LOAD_ATTR(Arg.NAME, 0),
    STORE_ATTR(Arg.NAME, -2),
    DELETE_ATTR(Arg.NAME, -1),
    /** Replace TOS (obj) with [method, obj] or [NULL, attribute]. */
    LOAD_METHOD(Arg.NAME, 1),

    BUILD_TUPLE(Arg.INT, 0),
    BUILD_LIST(Arg.INT, 0),
    BUILD_SET(Arg.INT, 0),
    /** arg pairs key, value (2*arg items). */
    BUILD_MAP(Arg.INT, 0),
    /** TOS is a tuple of keys; below it arg values. */
    BUILD_CONST_KEY_MAP(Arg.INT, 0),
    /** Concatenate arg strings. */
    BUILD_STRING(Arg.INT, 0),
    /** Append TOS to the list at stack[-(arg+1)] after popping TOS. */
    LIST_APPEND(Arg.INT, -1),
    SET_ADD(Arg.INT, -1),
    /** Set stack[-(arg+2)][TOS1] = TOS. */
    MAP_ADD(Arg.INT, -2),
    LIST_EXTEND(Arg.INT, -1),
    SET_UPDATE(Arg.INT, -1),
    DICT_UPDATE(Arg.INT, -1),
    /** Like DICT_UPDATE but duplicate keys raise (for **kwargs in calls). */
    DICT_MERGE(Arg.INT, -1),
    LIST_TO_TUPLE(Arg.NONE, 0),
    /** f-string field: arg & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4: a spec is on TOS. */
    FORMAT_VALUE(Arg.FORMAT, 0),

    UNPACK_SEQUENCE(Arg.INT, 0),
    /** arg & 0xff names before the starred target, arg >> 8 after it. */
    UNPACK_EX(Arg.INT, 0),
    GET_ITER(Arg.NONE, 0),
    /** Push next(TOS) or, when exhausted, pop the iterator and jump forward by arg. */
    FOR_ITER(Arg.JUMP_FORWARD, 1),

    JUMP_FORWARD(Arg.JUMP_FORWARD, 0),
    /** A loop's back edge: a check point. */
    JUMP_BACKWARD(Arg.JUMP_BACKWARD, 0, true),
    /** A back edge that must not switch (inside a with-exit sequence). */
    JUMP_BACKWARD_NO_INTERRUPT(Arg.JUMP_BACKWARD, 0),
    POP_JUMP_FORWARD_IF_FALSE(Arg.JUMP_FORWARD, -1),
    POP_JUMP_FORWARD_IF_TRUE(Arg.JUMP_FORWARD, -1),
    POP_JUMP_FORWARD_IF_NONE(Arg.JUMP_FORWARD, -1),
    POP_JUMP_FORWARD_IF_NOT_NONE(Arg.JUMP_FORWARD, -1),
    POP_JUMP_BACKWARD_IF_FALSE(Arg.JUMP_BACKWARD, -1, true),
    POP_JUMP_BACKWARD_IF_TRUE(Arg.JUMP_BACKWARD, -1, true),
    POP_JUMP_BACKWARD_IF_NONE(Arg.JUMP_BACKWARD, -1, true),
    POP_JUMP_BACKWARD_IF_NOT_NONE(Arg.JUMP_BACKWARD, -1, true),
    /** If TOS is false jump (keeping it), else pop it. */
    JUMP_IF_FALSE_OR_POP(Arg.JUMP_FORWARD, 0),
    JUMP_IF_TRUE_OR_POP(Arg.JUMP_FORWARD, 0),

    /** Names for the last len(names) arguments of the next CALL (a const tuple of str). */
    KW_NAMES(Arg.CONST, 0),
    /** Call with arg arguments (see the class comment); after calling a builtin: a check point. */
    CALL(Arg.INT, -1, true),
    /** Stack [NULL|func, callable, argstuple, (kwdict if arg & 1)]. */
    CALL_FUNCTION_EX(Arg.INT, -2, true),
    /**
     * TOS is the code object; below it, by flag: 0x08 closure tuple, 0x04 annotations dict,
     * 0x02 kw-only defaults dict, 0x01 positional defaults tuple (deepest first in that order reversed).
     */
    MAKE_FUNCTION(Arg.INT, 0),
    RETURN_VALUE(Arg.NONE, -1),
    /** First instruction of a generator's code: create the generator and return it. */
    RETURN_GENERATOR(Arg.NONE, 0),
    YIELD_VALUE(Arg.NONE, 0),
    /** TOS1 is a subiterator, TOS the value to send: push result, or pop both, push the return value and jump. */
    SEND(Arg.JUMP_FORWARD, 0),
    GET_YIELD_FROM_ITER(Arg.NONE, 0),

    // async/await: an await is GET_AWAITABLE; LOAD_CONST None; the SEND loop of a yield from
    /** Replace TOS with its awaitable; arg 1 and 2 say it came from __aenter__ / __aexit__ (for the messages). */
    GET_AWAITABLE(Arg.INT, 0),
    /** Replace TOS with TOS.__aiter__(). */
    GET_AITER(Arg.NONE, 0),
    /** TOS is an async iterator: push the awaitable of its __anext__(). */
    GET_ANEXT(Arg.NONE, 1),
    /** An async for's handler: TOS the exception, TOS1 the iterator. StopAsyncIteration pops both, else re-raise. */
    END_ASYNC_FOR(Arg.NONE, -2),
    /** TOS async context manager: replace with bound __aexit__, then push __aenter__()'s result (an awaitable). */
    BEFORE_ASYNC_WITH(Arg.NONE, 1),
    /** Box TOS, a value an async generator yields itself, so its awaitable tells it from an await's. */
    ASYNC_GEN_WRAP(Arg.NONE, 0),

    /** TOS1 is the level, TOS the fromlist; pushes the module. */
    IMPORT_NAME(Arg.NAME, -1),
    IMPORT_FROM(Arg.NAME, 1),
    IMPORT_STAR(Arg.NONE, -1),
    LOAD_BUILD_CLASS(Arg.NONE, 1),
    SETUP_ANNOTATIONS(Arg.NONE, 0),
    LOAD_ASSERTION_ERROR(Arg.NONE, 1),
    /** REPL: print repr of TOS (not None) and bind it to builtins._. */
    PRINT_EXPR(Arg.NONE, -1),

    /** arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    RAISE_VARARGS(Arg.INT, -1),
    /** Re-raise TOS; if arg, also pop lasti below it and restore frame.lasti from it. */
    RERAISE(Arg.INT, -1),
    /** Pop exc, push the previously handled exception (or None), push exc; exc becomes handled. */
    PUSH_EXC_INFO(Arg.NONE, 1),
    /** Pop a value and make it the handled exception again. */
    POP_EXCEPT(Arg.NONE, -1),
    /** TOS is a type (or tuple); TOS1 the exception: replace TOS with isinstance(TOS1, TOS). */
    CHECK_EXC_MATCH(Arg.NONE, 0),
    /** TOS context manager: replace with bound __exit__, then push __enter__()'s result. */
    BEFORE_WITH(Arg.NONE, 1),
    /**
     * Stack [..., exit, lasti, prev_exc, exc]: call exit(type, exc, tb) and push the result.
     */
    WITH_EXCEPT_START(Arg.NONE, 1),
    /** Exception raised by a StopIteration leaking out of a generator becomes RuntimeError. */
    STOPITERATION_ERROR(Arg.NONE, 0),

    // the match statement: each leaves its subject in place
    /** Push len(TOS). */
    GET_LEN(Arg.NONE, 1),
    /** Push whether TOS is a mapping (dict, or a registered collections.abc.Mapping). */
    MATCH_MAPPING(Arg.NONE, 1),
    /** Push whether TOS is a sequence (list, tuple, range, ...; never str, bytes or bytearray). */
    MATCH_SEQUENCE(Arg.NONE, 1),
    /** TOS is a tuple of keys, TOS1 the subject: push the tuple of their values, or None if one is missing. */
    MATCH_KEYS(Arg.NONE, 1),
    /**
     * TOS is a tuple of keyword attribute names, TOS1 the class, TOS2 the subject: replace the three
     * with the tuple of the arg positional attributes (by {@code __match_args__}) and the named
     * ones, or with None when the subject is not an instance or lacks one.
     */
    MATCH_CLASS(Arg.INT, -2),

    // except*
    /**
     * TOS is an except* clause's type, TOS1 the exception (group): replace them with the unmatched
     * rest and the matching part (which becomes the handled exception), or with the exception
     * and None when nothing matches.
     */
    CHECK_EG_MATCH(Arg.NONE, 0),
    /**
     * TOS is the list of what each except* clause raised and the unhandled rest, TOS1 the
     * original exception: replace both with the exception to re-raise, or None.
     */
    PREP_RERAISE_STAR(Arg.NONE, -1);

    /** What an instruction's argument means (for the disassembler's argrepr). */
    public enum Arg { NONE, INT, CONST, NAME, GLOBAL, LOCAL, JUMP_FORWARD, JUMP_BACKWARD, BINOP, CMP, FORMAT }

    public final Arg arg;
    private final int effect;
    /** The eval breaker is tested here: the GIL may change hands and signals are handled. */
    public final boolean checkPoint;

    private static final Opcode[] VALUES = values();

    Opcode(Arg arg, int effect) {
        this(arg, effect, false);
    }

    Opcode(Arg arg, int effect, boolean checkPoint) {
        this.arg = arg;
        this.effect = effect;
        this.checkPoint = checkPoint;
    }

    public static Opcode of(int code) {
        return VALUES[code];
    }

    public boolean isJump() {
        return arg == Arg.JUMP_FORWARD || arg == Arg.JUMP_BACKWARD;
    }

    public boolean hasArg() {
        return arg != Arg.NONE;
    }

    /**
     * Net stack effect of this instruction with argument oparg, on the fall-through path
     * (jump=false) or the jump path (jump=true).
     */
    public int stackEffect(int oparg, boolean jump) {
        return switch (this) {
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP -> -oparg;
            case BUILD_SLICE -> 1 - oparg;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xff) + (oparg >> 8);
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case CALL -> -oparg - 1;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0x0f);
            case FOR_ITER -> jump ? -1 : 1;
            case SEND -> jump ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case RAISE_VARARGS -> -oparg;
            case RERAISE -> -1 - (oparg != 0 ? 1 : 0);
            case FORMAT_VALUE -> (oparg & 4) != 0 ? -1 : 0;
            default -> effect;
        };
    }
}

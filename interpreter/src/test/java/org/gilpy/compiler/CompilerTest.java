package org.gilpy.compiler;

import static org.gilpy.compiler.Listings.assertDis;
import static org.gilpy.compiler.Listings.code;
import static org.gilpy.compiler.Listings.compile;
import static org.gilpy.compiler.Listings.dis;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilpy.bytecode.Disassembler;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.parser.Mode;
import org.gilpy.parser.Parser;
import org.gilpy.parser.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Code objects as a whole: where gilpy's code shapes differ from CPython by design, constants,
 * stack depths, exception tables, local slots, flags and names, compile-time errors, modes and
 * positions. Expected values come from CPython 3.11 unless a test says otherwise.
 */
class CompilerTest {
    private static PyCode nested(PyCode outer, String name) {
        for (PyObject k : outer.co_consts) {
            if (k instanceof PyCode c && c.co_name.equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no code object " + name + " in " + outer.co_name);
    }

    private static List<String> reprs(PyObject[] objects) {
        List<String> out = new ArrayList<>();
        for (PyObject o : objects) {
            out.add(o instanceof PyCode c ? "code " + c.co_name : Abstract.repr(o).value);
        }
        return out;
    }

    private static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> compile(src));
    }

    // ---- gilpy's own shapes ----

    /** CPython leaves super() to inspect the frame at run time; gilpy passes __class__ and self. */
    @Test
    void zeroArgumentSuperGetsClassCellAndFirstArgument() {
        PyCode init = nested(code("class C(Base):\n    def __init__(self, x):\n        super().__init__(x)\n", "C"),
                "__init__");
        assertEquals("""
                              0 COPY_FREE_VARS           1

                  2           2 RESUME  # GIL check point

                  3           4 LOAD_GLOBAL              1 (NULL + super)
                              6 LOAD_DEREF               2 (__class__)
                              8 LOAD_FAST                0 (self)
                             10 CALL                     2  # GIL check point
                             12 LOAD_METHOD              1 (__init__)
                             14 LOAD_FAST                1 (x)
                             16 CALL                     1  # GIL check point
                             18 POP_TOP
                             20 LOAD_CONST               0 (None)
                             22 RETURN_VALUE
                """, dis(init));
    }

    @Test
    void superStaysOrdinaryCallWhenShadowedOrWithoutClass() {
        String listing = dis(code("def f(self):\n    return super()\n", "f"));
        assertTrue(listing.contains("CALL                     0"), listing);
        String shadowed = dis(nested(code("class C:\n    def m(self, super):\n        return super()\n", "C"), "m"));
        assertTrue(shadowed.contains("PUSH_NULL") && shadowed.contains("CALL                     0"), shadowed);
        String noArgs = dis(nested(code("class C:\n    def m():\n        return super()\n", "C"), "m"));
        assertTrue(noArgs.contains("CALL                     0"), noArgs);
    }

    /** As CPython 3.12: a StopIteration escaping a generator body becomes RuntimeError. */
    @Test
    void generatorBodyIsWrappedInStopIterationHandler() {
        assertDis("def f(xs):\n    yield from xs\n", "f", """
                  1           0 RETURN_GENERATOR
                              2 POP_TOP
                              4 RESUME  # GIL check point

                  2           6 LOAD_FAST                0 (xs)
                              8 GET_YIELD_FROM_ITER
                             10 LOAD_CONST               0 (None)
                        >>   12 SEND                     3 (to 20)
                             14 YIELD_VALUE
                             16 RESUME  # GIL check point
                             18 JUMP_BACKWARD_NO_INTERRUPT     4 (to 12)
                        >>   20 POP_TOP
                             22 LOAD_CONST               0 (None)
                             24 RETURN_VALUE
                        >>   26 STOPITERATION_ERROR
                             28 RERAISE                  1
                ExceptionTable:
                  4 to 24 -> 26 [0] lasti
                """);
    }

    /** A lone *iterable goes to CALL_FUNCTION_EX as it is, as CPython 3.11 compiles it. */
    @Test
    void loneStarArgumentIsPassedAsItIs() {
        assertDis("def f(a, k):\n    return h(*a), h(**k), h(1, *a)\n", "f", """
                  1           0 RESUME  # GIL check point

                  2           2 LOAD_GLOBAL              1 (NULL + h)
                              4 LOAD_FAST                0 (a)
                              6 CALL_FUNCTION_EX         0  # GIL check point
                              8 LOAD_GLOBAL              1 (NULL + h)
                             10 LOAD_CONST               2 (())
                             12 BUILD_MAP                0
                             14 LOAD_FAST                1 (k)
                             16 DICT_MERGE               1
                             18 CALL_FUNCTION_EX         1  # GIL check point
                             20 LOAD_GLOBAL              1 (NULL + h)
                             22 LOAD_CONST               1 (1)
                             24 BUILD_LIST               1
                             26 LOAD_FAST                0 (a)
                             28 LIST_EXTEND              1
                             30 LIST_TO_TUPLE
                             32 CALL_FUNCTION_EX         0  # GIL check point
                             34 BUILD_TUPLE              3
                             36 RETURN_VALUE
                """);
    }

    /** MAKE_FUNCTION's annotations are a dict (CPython 3.11 passes a flat tuple of pairs). */
    @Test
    void functionAnnotationsAreDict() {
        assertDis("def f(a: int, *, b: str = 'x') -> bool:\n    pass\n", null, """
                              0 RESUME  # GIL check point

                  1           2 LOAD_CONST               0 ('x')
                              4 LOAD_CONST               1 (('b',))
                              6 BUILD_CONST_KEY_MAP      1
                              8 LOAD_CONST               2 ('a')
                             10 LOAD_NAME                0 (int)
                             12 LOAD_CONST               3 ('b')
                             14 LOAD_NAME                1 (str)
                             16 LOAD_CONST               4 ('return')
                             18 LOAD_NAME                2 (bool)
                             20 BUILD_MAP                3
                             22 LOAD_CONST               5 (<code object f at 0x..., file "f", line 1>)
                             24 MAKE_FUNCTION            6 (kwdefaults, annotations)
                             26 STORE_NAME               3 (f)
                             28 LOAD_CONST               6 (None)
                             30 RETURN_VALUE

                Disassembly of <code object f at 0x..., file "f", line 1>:
                  1           0 RESUME  # GIL check point

                  2           2 LOAD_CONST               0 (None)
                              4 RETURN_VALUE
                """);
    }

    // ---- constants ----

    @Test
    void intArithmeticIsFoldedWithinCPythonsLimits() {
        assertEquals(List.of("1024", "-4", "2", "100", "0", "1329227995784915872903807060280344576", "None"),
                reprs(compile("a = 2 ** 10\nb = -7 // 2\nc = -7 % 3\nd = 2 ** 100\ne = 0 ** 1000\nf = 1 << 120\n")
                        .co_consts));
        assertEquals(List.of("7", "0", "None"), reprs(compile("x = 7 // 0\n").co_consts), "left to raise at run time");
        assertEquals(List.of("2", "False", "True", "-2", "None"),
                reprs(compile("a = True + True\nb = True & False\nc = True ^ False\nd = ~True\n").co_consts));
    }

    @Test
    void constantsAreDeduplicatedByTypeAndValue() {
        PyCode m = compile("""
                a = 1
                b = 1.0
                c = True
                d = 1
                e = 0.0
                f = -0.0
                g = '1'
                h = b'1'
                i = 1.0
                j = -0.0
                k = 2j
                l = -2j
                m = (1, 2.0, 'x')
                n = (1, 2.0, 'x')
                o = 2 ** 64
                p = 123456789012345678901234567890
                q = -5
                r = ...
                """);
        assertEquals(List.of("1", "1.0", "True", "0.0", "-0.0", "'1'", "b'1'", "2j", "(-0-2j)", "(1, 2.0, 'x')",
                "18446744073709551616", "123456789012345678901234567890", "-5", "Ellipsis", "None"),
                reprs(m.co_consts));
    }

    @Test
    void functionConstantsStartWithDocstringOrNone() {
        assertEquals("'Doc.'", reprs(code("def f():\n    'Doc.'\n    return 1\n", "f").co_consts).get(0));
        assertEquals(List.of("None", "1"), reprs(code("def f():\n    return 1\n", "f").co_consts));
        assertEquals(List.of("None", "'x'"), reprs(code("f = lambda: 'x'\n", "<lambda>").co_consts));
    }

    @Test
    void namesAreInternedAndShared() {
        PyCode m = compile("x = y\nx.y = x\n");
        assertEquals(2, m.co_names.length);
        assertSame(m.co_names[0], PyStr.intern("y"), "names in order of first use");
    }

    // ---- stack depth (co_stacksize as CPython 3.11 computes it) ----

    @Test
    void stackSizesMatchCPython() {
        PyCode m = compile("""
                def simple(a, b):
                    return a + b * 2
                def calls(x):
                    return g(h(x, 1), k(x, y=2, z=3), w)
                def trys():
                    try:
                        a()
                    except E as e:
                        try:
                            b()
                        finally:
                            c()
                    finally:
                        d()
                def withs(a, b):
                    with a as x, b as y:
                        for i in x:
                            return i
                def comps(xs):
                    return [x for x in xs if x], {k: v for k, v in xs}
                def displays(a):
                    return [a, [a, (a, {a: a})]], {"k": [a, a, a]}
                def chained(a, b, c, d):
                    return a < b < c < d
                def loops(n):
                    for i in range(n):
                        for j in range(i):
                            while j:
                                j -= 1
                    return n
                """);
        String[] names = {"simple", "calls", "trys", "withs", "comps", "displays", "chained", "loops"};
        int[] cpython = {3, 8, 5, 7, 3, 5, 3, 4};
        for (int i = 0; i < names.length; i++) {
            assertEquals(cpython[i], nested(m, names[i]).co_stacksize, names[i]);
        }
        assertEquals(1, m.co_stacksize);
    }

    // ---- exception tables ----

    @Test
    void tryExceptFinallyTable() {
        PyCode f = code("def f():\n    try:\n        a()\n    except E:\n        b()\n    finally:\n        c()\n", "f");
        assertEquals("""
                ExceptionTable:
                  4 to 8 -> 12 [0]
                  10 to 10 -> 50 [0]
                  12 to 26 -> 34 [1] lasti
                  28 to 30 -> 50 [0]
                  32 to 32 -> 34 [1] lasti
                  34 to 38 -> 50 [0]
                  50 to 58 -> 60 [1] lasti
                """, Disassembler.exceptionTable(f));
        // Raw entries: start, end (exclusive), target, depth, lasti; offsets are instruction indexes.
        assertArrayEquals(new int[] {2, 5, 6, 0, 0}, Arrays.copyOf(f.co_exceptiontable, 5));
    }

    @Test
    void withTableKeepsExitOnStack() {
        PyCode f = code("def f(m):\n    with m as x:\n        x()\n", "f");
        assertEquals("""
                ExceptionTable:
                  6 to 14 -> 30 [1] lasti
                  30 to 36 -> 38 [3] lasti
                  44 to 44 -> 38 [3] lasti
                """, Disassembler.exceptionTable(f));
        assertEquals("", Disassembler.exceptionTable(code("def f():\n    return 1\n", "f")));
    }

    // ---- locals, cells, flags, names ----

    @Test
    void localsplusLayout() {
        PyCode outer = code("def outer(p, q):\n    c = 1\n    def inner(r, /, s, *, t):\n        return c + q\n"
                + "    return inner\n", "outer");
        assertArrayEquals(new String[] {"p", "q", "inner"}, outer.co_varnames);
        assertArrayEquals(new String[] {"q", "c"}, outer.co_cellvars);
        assertArrayEquals(new String[] {"p", "q", "inner", "c"}, outer.localsplusNames);
        assertArrayEquals(new int[] {1, 3}, outer.cellSlots);
        assertEquals(0x3, outer.co_flags);
        PyCode inner = nested(outer, "inner");
        assertArrayEquals(new String[] {"r", "s", "t"}, inner.co_varnames);
        assertArrayEquals(new String[] {"c", "q"}, inner.co_freevars);
        assertArrayEquals(new String[] {"r", "s", "t", "c", "q"}, inner.localsplusNames);
        assertEquals(2, inner.co_argcount);
        assertEquals(1, inner.co_posonlyargcount);
        assertEquals(1, inner.co_kwonlyargcount);
        assertEquals(0x13, inner.co_flags);
        assertEquals("outer.<locals>.inner", inner.co_qualname);
    }

    @Test
    void flags() {
        assertEquals(0x2f, code("def f(*a, **k):\n    yield\n", "f").co_flags);
        assertEquals(0, compile("x = 1\n").co_flags);
        assertEquals(0, code("class C:\n    pass\n", "C").co_flags);
        PyCode gen = nested(code("def f(xs):\n    return (x for x in xs)\n", "f"), "<genexpr>");
        assertEquals(PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS | PyCode.CO_NESTED | PyCode.CO_GENERATOR, gen.co_flags);
        assertEquals(1, gen.co_argcount);
        assertArrayEquals(new String[] {".0", "x"}, gen.co_varnames);
    }

    @Test
    void qualifiedNamesAndFirstLines() {
        PyCode m = compile("""
                @deco
                def f():
                    def g():
                        pass
                    class C:
                        def m(self):
                            return [lambda: 0 for _ in "a"]
                    return lambda: 0
                class K:
                    def k(self):
                        global h
                        def h():
                            pass
                """);
        PyCode f = nested(m, "f");
        assertEquals(1, f.co_firstlineno, "a decorated function starts at its first decorator");
        assertEquals("f.<locals>.g", nested(f, "g").co_qualname);
        PyCode c = nested(f, "C");
        assertEquals("f.<locals>.C", c.co_qualname);
        PyCode meth = nested(c, "m");
        assertEquals("f.<locals>.C.m", meth.co_qualname);
        PyCode comp = nested(meth, "<listcomp>");
        assertEquals("f.<locals>.C.m.<locals>.<listcomp>", comp.co_qualname);
        assertEquals("f.<locals>.C.m.<locals>.<listcomp>.<lambda>", nested(comp, "<lambda>").co_qualname);
        assertEquals("f.<locals>.<lambda>", nested(f, "<lambda>").co_qualname);
        assertEquals("h", nested(nested(nested(m, "K"), "k"), "h").co_qualname);
        assertEquals(6, meth.co_firstlineno);
    }

    @Test
    void classBodyNames() {
        PyCode c = code("def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n"
                + "    return C\n", "f");
        String body = dis(nested(c, "C"));
        assertTrue(body.contains("LOAD_CLASSDEREF          0 (x)"), body);
        assertTrue(body.contains("LOAD_CLOSURE             0 (x)"), body);
    }

    @Test
    void futureAnnotationsKeepSourceText() {
        PyCode m = compile("\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\n"
                + "def f(a: List[int], b: 'B') -> Dict[\n        str, int]:\n    pass\nx: Undefined = 1\n");
        List<String> consts = reprs(m.co_consts);
        assertTrue(consts.containsAll(List.of("'List[int]'", "\"'B'\"", "'Dict[str, int]'", "'Undefined'")), consts.toString());
        for (PyStr name : m.co_names) {
            assertFalse(List.of("List", "Dict", "Undefined").contains(name.value), "annotations are not evaluated");
        }
    }

    // ---- compile-time errors ----

    @Test
    void breakAndContinueOutsideLoop() {
        PySyntaxError b = error("for x in y:\n    pass\nbreak\n");
        assertEquals("'break' outside loop", b.msg);
        assertEquals(3, b.lineno);
        assertEquals(1, b.offset);
        assertNull(b.text, "t.py is no file, and CPython's compiler reads the line from the file");
        PySyntaxError c = error("def f():\n    continue\n");
        assertEquals("'continue' not properly in loop", c.msg);
        assertEquals(5, c.offset);
        PySyntaxError inDef = error("while x:\n    def g():\n        break\n");
        assertEquals("'break' outside loop", inDef.msg);
        assertEquals(9, inDef.offset);
        assertEquals("'break' outside loop", error("while x:\n    pass\nelse:\n    break\n").msg);
    }

    @Test
    void otherCompilerErrors() {
        PySyntaxError kw = error("f(a=1, a=2)\n");
        assertEquals("keyword argument repeated: a", kw.msg);
        assertEquals(8, kw.offset);
        PySyntaxError bare = error("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n");
        assertEquals("default 'except:' must be last", bare.msg);
        assertEquals(3, bare.lineno);
        PySyntaxError star = error("a, *b, *c = d\n");
        assertEquals("multiple starred expressions in assignment", star.msg);
        assertEquals(1, star.offset);
    }

    // ---- modes ----

    @Test
    void evalModeReturnsTheValue() {
        String src = "a + 1";
        PyCode co = Compiler.compile(Parser.parse(src, "<string>", Mode.EVAL), "<string>", src);
        assertEquals("""
                              0 RESUME  # GIL check point

                  1           2 LOAD_NAME                0 (a)
                              4 LOAD_CONST               0 (1)
                              6 BINARY_OP                0 (+)
                              8 RETURN_VALUE
                """, Disassembler.dis(co));
    }

    @Test
    void interactiveModePrintsExpressionStatements() {
        String src = "for i in x: i\n";
        PyCode co = Compiler.compile(Parser.parse(src, "<stdin>", Mode.SINGLE), "<stdin>", src);
        String listing = Disassembler.dis(co);
        assertTrue(listing.contains("PRINT_EXPR"), listing);
        String def = "def f(): g()\n";
        PyCode fn = Compiler.compile(Parser.parse(def, "<stdin>", Mode.SINGLE), "<stdin>", def);
        assertFalse(Disassembler.dis(fn).contains("PRINT_EXPR"), "only the top level prints");
    }

    // ---- positions ----

    @Test
    void instructionsCarryTheirNodePositions() {
        PyCode m = compile("x = 1\ny = (a.b\n     + f(c))\n");
        int call = -1;
        int attr = -1;
        for (int i = 0; i < m.co_code.length; i++) {
            Opcode op = Opcode.of(m.co_code[i] & 0xff);
            if (op == Opcode.CALL) {
                call = i;
            } else if (op == Opcode.LOAD_ATTR) {
                attr = i;
            }
        }
        assertArrayEquals(new int[] {3, 7, 3, 11}, Arrays.copyOfRange(m.positions, 4 * call, 4 * call + 4));
        assertArrayEquals(new int[] {2, 5, 2, 8}, Arrays.copyOfRange(m.positions, 4 * attr, 4 * attr + 4));
        assertEquals(3, m.lineOf(call));
    }
}

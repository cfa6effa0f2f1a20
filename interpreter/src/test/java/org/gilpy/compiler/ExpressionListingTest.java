package org.gilpy.compiler;

import static org.gilpy.compiler.Listings.assertDis;

import org.junit.jupiter.api.Test;

/**
 * Listings of expressions, calls, assignments, functions, classes and imports.
 *
 * <p>Each expected listing is CPython 3.11's {@code dis} output for the same source, adapted
 * to gilpy's instruction set: no PRECALL or CACHE entries (so offsets are dense), jump arguments
 * recomputed as relative instruction counts, RESUME without argument, KW_NAMES showing its
 * tuple, and gilpy's GIL check point marks.
 */
class ExpressionListingTest {
    @Test
    void arithmeticAndLocals() {
        assertDis("""
                def f(a, b):
                    c = a * b - 1
                    return c
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (a)
                          4 LOAD_FAST                1 (b)
                          6 BINARY_OP                5 (*)
                          8 LOAD_CONST               1 (1)
                         10 BINARY_OP               10 (-)
                         12 STORE_FAST               2 (c)

              3          14 LOAD_FAST                2 (c)
                         16 RETURN_VALUE
            """);
    }

    @Test
    void callWithKeywordsUsesKwNames() {
        assertDis("""
                def f(x):
                    return g(x, 1, key=x, other=2)
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_GLOBAL              1 (NULL + g)
                          4 LOAD_FAST                0 (x)
                          6 LOAD_CONST               1 (1)
                          8 LOAD_FAST                0 (x)
                         10 LOAD_CONST               2 (2)
                         12 KW_NAMES                 3 (('key', 'other'))
                         14 CALL                     4  # GIL check point
                         16 RETURN_VALUE
            """);
    }

    @Test
    void methodCallUsesLoadMethod() {
        assertDis("""
                def f(obj):
                    obj.run(1, flag=True)
                    return obj.attr.name
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (obj)
                          4 LOAD_METHOD              0 (run)
                          6 LOAD_CONST               1 (1)
                          8 LOAD_CONST               2 (True)
                         10 KW_NAMES                 3 (('flag',))
                         12 CALL                     2  # GIL check point
                         14 POP_TOP

              3          16 LOAD_FAST                0 (obj)
                         18 LOAD_ATTR                1 (attr)
                         20 LOAD_ATTR                2 (name)
                         22 RETURN_VALUE
            """);
    }

    @Test
    void closureCellAndFreeVariable() {
        assertDis("""
                def f(x):
                    def g():
                        return x
                    return g
                """, "f", """
                          0 MAKE_CELL                0 (x)

              1           2 RESUME  # GIL check point

              2           4 LOAD_CLOSURE             0 (x)
                          6 BUILD_TUPLE              1
                          8 LOAD_CONST               1 (<code object g at 0x..., file "f", line 2>)
                         10 MAKE_FUNCTION            8 (closure)
                         12 STORE_FAST               1 (g)

              4          14 LOAD_FAST                1 (g)
                         16 RETURN_VALUE

            Disassembly of <code object g at 0x..., file "f", line 2>:
                          0 COPY_FREE_VARS           1

              2           2 RESUME  # GIL check point

              3           4 LOAD_DEREF               0 (x)
                          6 RETURN_VALUE
            """);
    }

    @Test
    void listComprehension() {
        assertDis("""
                def f(xs, k):
                    return [x * k for x in xs if x]
                """, "f", """
                          0 MAKE_CELL                1 (k)

              1           2 RESUME  # GIL check point

              2           4 LOAD_CLOSURE             1 (k)
                          6 BUILD_TUPLE              1
                          8 LOAD_CONST               1 (<code object <listcomp> at 0x..., file "f", line 2>)
                         10 MAKE_FUNCTION            8 (closure)
                         12 LOAD_FAST                0 (xs)
                         14 GET_ITER
                         16 CALL                     0  # GIL check point
                         18 RETURN_VALUE

            Disassembly of <code object <listcomp> at 0x..., file "f", line 2>:
                          0 COPY_FREE_VARS           1

              2           2 RESUME  # GIL check point
                          4 BUILD_LIST               0
                          6 LOAD_FAST                0 (.0)
                    >>    8 FOR_ITER                 8 (to 26)
                         10 STORE_FAST               1 (x)
                         12 LOAD_FAST                1 (x)
                         14 POP_JUMP_BACKWARD_IF_FALSE     4 (to 8)  # GIL check point
                         16 LOAD_FAST                1 (x)
                         18 LOAD_DEREF               2 (k)
                         20 BINARY_OP                5 (*)
                         22 LIST_APPEND              2
                         24 JUMP_BACKWARD            9 (to 8)  # GIL check point
                    >>   26 RETURN_VALUE
            """);
    }

    @Test
    void starredAndNestedUnpacking() {
        assertDis("""
                def f(t):
                    a, *b, (c, d) = t
                    return a, b, c, d
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (t)
                          4 UNPACK_EX              257
                          6 STORE_FAST               1 (a)
                          8 STORE_FAST               2 (b)
                         10 UNPACK_SEQUENCE          2
                         12 STORE_FAST               3 (c)
                         14 STORE_FAST               4 (d)

              3          16 LOAD_FAST                1 (a)
                         18 LOAD_FAST                2 (b)
                         20 LOAD_FAST                3 (c)
                         22 LOAD_FAST                4 (d)
                         24 BUILD_TUPLE              4
                         26 RETURN_VALUE
            """);
    }

    @Test
    void callWithStarAndDoubleStar() {
        assertDis("""
                def f(a, k):
                    return g(0, *a, x=1, **k)
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_GLOBAL              1 (NULL + g)
                          4 LOAD_CONST               1 (0)
                          6 BUILD_LIST               1
                          8 LOAD_FAST                0 (a)
                         10 LIST_EXTEND              1
                         12 LIST_TO_TUPLE
                         14 LOAD_CONST               2 ('x')
                         16 LOAD_CONST               3 (1)
                         18 BUILD_MAP                1
                         20 LOAD_FAST                1 (k)
                         22 DICT_MERGE               1
                         24 CALL_FUNCTION_EX         1  # GIL check point
                         26 RETURN_VALUE
            """);
    }

    @Test
    void fStringWithNestedSpec() {
        assertDis("""
                def f(name, w):
                    return f"{name!r:>{w}} and {w}"
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (name)
                          4 LOAD_CONST               1 ('>')
                          6 LOAD_FAST                1 (w)
                          8 FORMAT_VALUE             0
                         10 BUILD_STRING             2
                         12 FORMAT_VALUE             6 (repr, with format)
                         14 LOAD_CONST               2 (' and ')
                         16 LOAD_FAST                1 (w)
                         18 FORMAT_VALUE             0
                         20 BUILD_STRING             3
                         22 RETURN_VALUE
            """);
    }

    @Test
    void augmentedAssignmentTargets() {
        assertDis("""
                def f(o, d, k):
                    o.count += 1
                    d[k] -= 2
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (o)
                          4 COPY                     1
                          6 LOAD_ATTR                0 (count)
                          8 LOAD_CONST               1 (1)
                         10 BINARY_OP               13 (+=)
                         12 SWAP                     2
                         14 STORE_ATTR               0 (count)

              3          16 LOAD_FAST                1 (d)
                         18 LOAD_FAST                2 (k)
                         20 COPY                     2
                         22 COPY                     2
                         24 BINARY_SUBSCR
                         26 LOAD_CONST               2 (2)
                         28 BINARY_OP               23 (-=)
                         30 SWAP                     3
                         32 SWAP                     2
                         34 STORE_SUBSCR
                         36 LOAD_CONST               0 (None)
                         38 RETURN_VALUE
            """);
    }

    @Test
    void importForms() {
        assertDis("""
                import os.path
                import a.b.c as d
                from .pkg import x as y, z
                from m import *
                """, null, """
                          0 RESUME  # GIL check point

              1           2 LOAD_CONST               0 (0)
                          4 LOAD_CONST               1 (None)
                          6 IMPORT_NAME              0 (os.path)
                          8 STORE_NAME               1 (os)

              2          10 LOAD_CONST               0 (0)
                         12 LOAD_CONST               1 (None)
                         14 IMPORT_NAME              2 (a.b.c)
                         16 IMPORT_FROM              3 (b)
                         18 SWAP                     2
                         20 POP_TOP
                         22 IMPORT_FROM              4 (c)
                         24 STORE_NAME               5 (d)
                         26 POP_TOP

              3          28 LOAD_CONST               2 (1)
                         30 LOAD_CONST               3 (('x', 'z'))
                         32 IMPORT_NAME              6 (pkg)
                         34 IMPORT_FROM              7 (x)
                         36 STORE_NAME               8 (y)
                         38 IMPORT_FROM              9 (z)
                         40 STORE_NAME               9 (z)
                         42 POP_TOP

              4          44 LOAD_CONST               0 (0)
                         46 LOAD_CONST               4 (('*',))
                         48 IMPORT_NAME             10 (m)
                         50 IMPORT_STAR
                         52 LOAD_CONST               1 (None)
                         54 RETURN_VALUE
            """);
    }

    @Test
    void moduleAndClassAnnotations() {
        assertDis("""
                x: int = 1
                class C:
                    y: str
                    z: int = 2
                """, null, """
                          0 RESUME  # GIL check point

              1           2 SETUP_ANNOTATIONS
                          4 LOAD_CONST               0 (1)
                          6 STORE_NAME               0 (x)
                          8 LOAD_NAME                1 (int)
                         10 LOAD_NAME                2 (__annotations__)
                         12 LOAD_CONST               1 ('x')
                         14 STORE_SUBSCR

              2          16 PUSH_NULL
                         18 LOAD_BUILD_CLASS
                         20 LOAD_CONST               2 (<code object C at 0x..., file "f", line 2>)
                         22 MAKE_FUNCTION            0
                         24 LOAD_CONST               3 ('C')
                         26 CALL                     2  # GIL check point
                         28 STORE_NAME               3 (C)
                         30 LOAD_CONST               4 (None)
                         32 RETURN_VALUE

            Disassembly of <code object C at 0x..., file "f", line 2>:
              2           0 RESUME  # GIL check point
                          2 LOAD_NAME                0 (__name__)
                          4 STORE_NAME               1 (__module__)
                          6 LOAD_CONST               0 ('C')
                          8 STORE_NAME               2 (__qualname__)
                         10 SETUP_ANNOTATIONS

              3          12 LOAD_NAME                3 (str)
                         14 LOAD_NAME                4 (__annotations__)
                         16 LOAD_CONST               1 ('y')
                         18 STORE_SUBSCR

              4          20 LOAD_CONST               2 (2)
                         22 STORE_NAME               5 (z)
                         24 LOAD_NAME                6 (int)
                         26 LOAD_NAME                4 (__annotations__)
                         28 LOAD_CONST               3 ('z')
                         30 STORE_SUBSCR
                         32 LOAD_CONST               4 (None)
                         34 RETURN_VALUE
            """);
    }

    @Test
    void classBodyDocstringAndClassCell() {
        assertDis("""
                class C:
                    \"""Doc.\"""
                    attr = 1
                    def m(self):
                        return __class__
                    @staticmethod
                    def s(x=attr):
                        return x
                """, null, """
                          0 RESUME  # GIL check point

              1           2 PUSH_NULL
                          4 LOAD_BUILD_CLASS
                          6 LOAD_CONST               0 (<code object C at 0x..., file "f", line 1>)
                          8 MAKE_FUNCTION            0
                         10 LOAD_CONST               1 ('C')
                         12 CALL                     2  # GIL check point
                         14 STORE_NAME               0 (C)
                         16 LOAD_CONST               2 (None)
                         18 RETURN_VALUE

            Disassembly of <code object C at 0x..., file "f", line 1>:
                          0 MAKE_CELL                0 (__class__)

              1           2 RESUME  # GIL check point
                          4 LOAD_NAME                0 (__name__)
                          6 STORE_NAME               1 (__module__)
                          8 LOAD_CONST               0 ('C')
                         10 STORE_NAME               2 (__qualname__)

              2          12 LOAD_CONST               1 ('Doc.')
                         14 STORE_NAME               3 (__doc__)

              3          16 LOAD_CONST               2 (1)
                         18 STORE_NAME               4 (attr)

              4          20 LOAD_CLOSURE             0 (__class__)
                         22 BUILD_TUPLE              1
                         24 LOAD_CONST               3 (<code object m at 0x..., file "f", line 4>)
                         26 MAKE_FUNCTION            8 (closure)
                         28 STORE_NAME               5 (m)

              6          30 LOAD_NAME                6 (staticmethod)

              7          32 LOAD_NAME                4 (attr)
                         34 BUILD_TUPLE              1
                         36 LOAD_CONST               4 (<code object s at 0x..., file "f", line 6>)
                         38 MAKE_FUNCTION            1 (defaults)

              6          40 CALL                     0  # GIL check point

              7          42 STORE_NAME               7 (s)
                         44 LOAD_CLOSURE             0 (__class__)
                         46 COPY                     1
                         48 STORE_NAME               8 (__classcell__)
                         50 RETURN_VALUE

            Disassembly of <code object m at 0x..., file "f", line 4>:
                          0 COPY_FREE_VARS           1

              4           2 RESUME  # GIL check point

              5           4 LOAD_DEREF               1 (__class__)
                          6 RETURN_VALUE

            Disassembly of <code object s at 0x..., file "f", line 6>:
              6           0 RESUME  # GIL check point

              8           2 LOAD_FAST                0 (x)
                          4 RETURN_VALUE
            """);
    }
}

package org.gilpy.compiler;

import static org.gilpy.compiler.Listings.assertDis;

import org.junit.jupiter.api.Test;

/**
 * Listings of control flow: branches, loops, exception handling and the unwinding of return, break
 * and continue.
 *
 * <p>Each expected listing is CPython 3.11's {@code dis} output for the same source, adapted
 * to gilpy's instruction set: no PRECALL or CACHE entries (so offsets are dense), jump arguments
 * recomputed as relative instruction counts, RESUME without argument, KW_NAMES showing its
 * tuple, and gilpy's GIL check point marks.
 */
class ControlFlowListingTest {
    @Test
    void ifElifElseWithIsNone() {
        assertDis("""
                def f(x):
                    if x > 0:
                        y = 1
                    elif x is None:
                        y = 2
                    else:
                        y = 3
                    return y
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (x)
                          4 LOAD_CONST               1 (0)
                          6 COMPARE_OP               4 (>)
                          8 POP_JUMP_FORWARD_IF_FALSE     3 (to 16)

              3          10 LOAD_CONST               2 (1)
                         12 STORE_FAST               1 (y)
                         14 JUMP_FORWARD             7 (to 30)

              4     >>   16 LOAD_FAST                0 (x)
                         18 POP_JUMP_FORWARD_IF_NOT_NONE     3 (to 26)

              5          20 LOAD_CONST               3 (2)
                         22 STORE_FAST               1 (y)
                         24 JUMP_FORWARD             2 (to 30)

              7     >>   26 LOAD_CONST               4 (3)
                         28 STORE_FAST               1 (y)

              8     >>   30 LOAD_FAST                1 (y)
                         32 RETURN_VALUE
            """);
    }

    @Test
    void whileWithBreakAndElse() {
        assertDis("""
                def f(n):
                    while n:
                        n -= 1
                        if n == 3:
                            break
                    else:
                        n = -1
                    return n
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (n)
                          4 POP_JUMP_FORWARD_IF_FALSE    11 (to 28)

              3     >>    6 LOAD_FAST                0 (n)
                          8 LOAD_CONST               1 (1)
                         10 BINARY_OP               23 (-=)
                         12 STORE_FAST               0 (n)

              4          14 LOAD_FAST                0 (n)
                         16 LOAD_CONST               2 (3)
                         18 COMPARE_OP               2 (==)
                         20 POP_JUMP_FORWARD_IF_FALSE     1 (to 24)

              5          22 JUMP_FORWARD             4 (to 32)

              2     >>   24 LOAD_FAST                0 (n)
                         26 POP_JUMP_BACKWARD_IF_TRUE    11 (to 6)  # GIL check point

              7     >>   28 LOAD_CONST               3 (-1)
                         30 STORE_FAST               0 (n)

              8     >>   32 LOAD_FAST                0 (n)
                         34 RETURN_VALUE
            """);
    }

    @Test
    void forWithContinue() {
        assertDis("""
                def f(xs):
                    total = 0
                    for x in xs:
                        if x:
                            continue
                        total += x
                    return total
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_CONST               1 (0)
                          4 STORE_FAST               1 (total)

              3           6 LOAD_FAST                0 (xs)
                          8 GET_ITER
                    >>   10 FOR_ITER                 9 (to 30)
                         12 STORE_FAST               2 (x)

              4          14 LOAD_FAST                2 (x)
                         16 POP_JUMP_FORWARD_IF_FALSE     1 (to 20)

              5          18 JUMP_BACKWARD            5 (to 10)  # GIL check point

              6     >>   20 LOAD_FAST                1 (total)
                         22 LOAD_FAST                2 (x)
                         24 BINARY_OP               13 (+=)
                         26 STORE_FAST               1 (total)
                         28 JUMP_BACKWARD           10 (to 10)  # GIL check point

              7     >>   30 LOAD_FAST                1 (total)
                         32 RETURN_VALUE
            """);
    }

    @Test
    void boolOpsThreadJumps() {
        assertDis("""
                def f(a, b, c):
                    return a and b or c, not a
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (a)
                          4 POP_JUMP_FORWARD_IF_FALSE     2 (to 10)
                          6 LOAD_FAST                1 (b)
                          8 JUMP_IF_TRUE_OR_POP      1 (to 12)
                    >>   10 LOAD_FAST                2 (c)
                    >>   12 LOAD_FAST                0 (a)
                         14 UNARY_NOT
                         16 BUILD_TUPLE              2
                         18 RETURN_VALUE
            """);
    }

    @Test
    void chainedComparison() {
        assertDis("""
                def f(a, b, c):
                    return a < b <= c
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (a)
                          4 LOAD_FAST                1 (b)
                          6 SWAP                     2
                          8 COPY                     2
                         10 COMPARE_OP               0 (<)
                         12 JUMP_IF_FALSE_OR_POP     3 (to 20)
                         14 LOAD_FAST                2 (c)
                         16 COMPARE_OP               1 (<=)
                         18 JUMP_FORWARD             2 (to 24)
                    >>   20 SWAP                     2
                         22 POP_TOP
                    >>   24 RETURN_VALUE
            """);
    }

    @Test
    void tryExceptAsName() {
        assertDis("""
                def f():
                    try:
                        g()
                    except ValueError as e:
                        h(e)
                    except:
                        pass
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 NOP

              3           4 LOAD_GLOBAL              1 (NULL + g)
                          6 CALL                     0  # GIL check point
                          8 POP_TOP
                         10 LOAD_CONST               0 (None)
                         12 RETURN_VALUE
                    >>   14 PUSH_EXC_INFO

              4          16 LOAD_GLOBAL              2 (ValueError)
                         18 CHECK_EXC_MATCH
                         20 POP_JUMP_FORWARD_IF_FALSE    15 (to 52)
                         22 STORE_FAST               0 (e)

              5          24 LOAD_GLOBAL              5 (NULL + h)
                         26 LOAD_FAST                0 (e)
                         28 CALL                     1  # GIL check point
                         30 POP_TOP
                         32 POP_EXCEPT
                         34 LOAD_CONST               0 (None)
                         36 STORE_FAST               0 (e)
                         38 DELETE_FAST              0 (e)
                         40 LOAD_CONST               0 (None)
                         42 RETURN_VALUE
                    >>   44 LOAD_CONST               0 (None)
                         46 STORE_FAST               0 (e)
                         48 DELETE_FAST              0 (e)
                         50 RERAISE                  1

              6     >>   52 POP_TOP

              7          54 POP_EXCEPT
                         56 LOAD_CONST               0 (None)
                         58 RETURN_VALUE
                    >>   60 COPY                     3
                         62 POP_EXCEPT
                         64 RERAISE                  1
            ExceptionTable:
              4 to 8 -> 14 [0]
              14 to 22 -> 60 [1] lasti
              24 to 30 -> 44 [1] lasti
              44 to 52 -> 60 [1] lasti
            """);
    }

    @Test
    void returnThroughFinally() {
        assertDis("""
                def f():
                    try:
                        return g()
                    finally:
                        h()
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 NOP

              3           4 LOAD_GLOBAL              1 (NULL + g)
                          6 CALL                     0  # GIL check point

              5           8 LOAD_GLOBAL              3 (NULL + h)
                         10 CALL                     0  # GIL check point
                         12 POP_TOP
                         14 RETURN_VALUE
                    >>   16 PUSH_EXC_INFO
                         18 LOAD_GLOBAL              3 (NULL + h)
                         20 CALL                     0  # GIL check point
                         22 POP_TOP
                         24 RERAISE                  0
                    >>   26 COPY                     3
                         28 POP_EXCEPT
                         30 RERAISE                  1
            ExceptionTable:
              4 to 6 -> 16 [0]
              16 to 24 -> 26 [1] lasti
            """);
    }

    @Test
    void withReturnCallsExit() {
        assertDis("""
                def f(path):
                    with open(path) as fh:
                        return fh.read()
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_GLOBAL              1 (NULL + open)
                          4 LOAD_FAST                0 (path)
                          6 CALL                     1  # GIL check point
                          8 BEFORE_WITH
                         10 STORE_FAST               1 (fh)

              3          12 LOAD_FAST                1 (fh)
                         14 LOAD_METHOD              1 (read)
                         16 CALL                     0  # GIL check point

              2          18 SWAP                     2
                         20 LOAD_CONST               0 (None)
                         22 LOAD_CONST               0 (None)
                         24 LOAD_CONST               0 (None)
                         26 CALL                     2  # GIL check point
                         28 POP_TOP
                         30 RETURN_VALUE
                    >>   32 PUSH_EXC_INFO
                         34 WITH_EXCEPT_START
                         36 POP_JUMP_FORWARD_IF_TRUE     4 (to 46)
                         38 RERAISE                  2
                    >>   40 COPY                     3
                         42 POP_EXCEPT
                         44 RERAISE                  1
                    >>   46 POP_TOP
                         48 POP_EXCEPT
                         50 POP_TOP
                         52 POP_TOP
                         54 LOAD_CONST               0 (None)
                         56 RETURN_VALUE
            ExceptionTable:
              10 to 16 -> 32 [1] lasti
              32 to 38 -> 40 [3] lasti
              46 to 46 -> 40 [3] lasti
            """);
    }

    @Test
    void assertAndRaiseFrom() {
        assertDis("""
                def f(x):
                    assert x, "bad"
                    raise ValueError(x) from None
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (x)
                          4 POP_JUMP_FORWARD_IF_TRUE     4 (to 14)
                          6 LOAD_ASSERTION_ERROR
                          8 LOAD_CONST               1 ('bad')
                         10 CALL                     0  # GIL check point
                         12 RAISE_VARARGS            1

              3     >>   14 LOAD_GLOBAL              1 (NULL + ValueError)
                         16 LOAD_FAST                0 (x)
                         18 CALL                     1  # GIL check point
                         20 LOAD_CONST               0 (None)
                         22 RAISE_VARARGS            2
            """);
    }

    @Test
    void returnFromLoopInsideTwoWiths() {
        assertDis("""
                def f(a, b):
                    with a as x, b:
                        for i in x:
                            if i:
                                return i
                            break
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (a)
                          4 BEFORE_WITH
                          6 STORE_FAST               2 (x)
                          8 LOAD_FAST                1 (b)
                         10 BEFORE_WITH
                         12 POP_TOP

              3          14 LOAD_FAST                2 (x)
                         16 GET_ITER
                         18 FOR_ITER                20 (to 60)
                         20 STORE_FAST               3 (i)

              4          22 LOAD_FAST                3 (i)
                         24 POP_JUMP_FORWARD_IF_FALSE    16 (to 58)

              5          26 LOAD_FAST                3 (i)
                         28 SWAP                     2
                         30 POP_TOP

              2          32 SWAP                     2
                         34 LOAD_CONST               0 (None)
                         36 LOAD_CONST               0 (None)
                         38 LOAD_CONST               0 (None)
                         40 CALL                     2  # GIL check point
                         42 POP_TOP
                         44 SWAP                     2
                         46 LOAD_CONST               0 (None)
                         48 LOAD_CONST               0 (None)
                         50 LOAD_CONST               0 (None)
                         52 CALL                     2  # GIL check point
                         54 POP_TOP
                         56 RETURN_VALUE

              6     >>   58 POP_TOP

              2     >>   60 LOAD_CONST               0 (None)
                         62 LOAD_CONST               0 (None)
                         64 LOAD_CONST               0 (None)
                         66 CALL                     2  # GIL check point
                         68 POP_TOP
                         70 JUMP_FORWARD            11 (to 94)
                    >>   72 PUSH_EXC_INFO
                         74 WITH_EXCEPT_START
                         76 POP_JUMP_FORWARD_IF_TRUE     4 (to 86)
                         78 RERAISE                  2
                    >>   80 COPY                     3
                         82 POP_EXCEPT
                         84 RERAISE                  1
                    >>   86 POP_TOP
                         88 POP_EXCEPT
                         90 POP_TOP
                         92 POP_TOP
                    >>   94 LOAD_CONST               0 (None)
                         96 LOAD_CONST               0 (None)
                         98 LOAD_CONST               0 (None)
                        100 CALL                     2  # GIL check point
                        102 POP_TOP
                        104 LOAD_CONST               0 (None)
                        106 RETURN_VALUE
                    >>  108 PUSH_EXC_INFO
                        110 WITH_EXCEPT_START
                        112 POP_JUMP_FORWARD_IF_TRUE     4 (to 122)
                        114 RERAISE                  2
                    >>  116 COPY                     3
                        118 POP_EXCEPT
                        120 RERAISE                  1
                    >>  122 POP_TOP
                        124 POP_EXCEPT
                        126 POP_TOP
                        128 POP_TOP
                        130 LOAD_CONST               0 (None)
                        132 RETURN_VALUE
            ExceptionTable:
              6 to 10 -> 108 [1] lasti
              12 to 30 -> 72 [2] lasti
              32 to 42 -> 108 [1] lasti
              58 to 58 -> 72 [2] lasti
              60 to 70 -> 108 [1] lasti
              72 to 78 -> 80 [4] lasti
              80 to 84 -> 108 [1] lasti
              86 to 86 -> 80 [4] lasti
              88 to 92 -> 108 [1] lasti
              108 to 114 -> 116 [3] lasti
              122 to 122 -> 116 [3] lasti
            """);
    }

    @Test
    void continueThroughFinally() {
        assertDis("""
                def f(xs):
                    for x in xs:
                        try:
                            if x:
                                continue
                        finally:
                            g()
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 LOAD_FAST                0 (xs)
                          4 GET_ITER
                    >>    6 FOR_ITER                22 (to 52)
                          8 STORE_FAST               1 (x)

              3          10 NOP

              4          12 LOAD_FAST                1 (x)
                         14 POP_JUMP_FORWARD_IF_FALSE     5 (to 26)

              5          16 NOP

              7          18 LOAD_GLOBAL              1 (NULL + g)
                         20 CALL                     0  # GIL check point
                         22 POP_TOP
                         24 JUMP_BACKWARD           10 (to 6)  # GIL check point

              4     >>   26 NOP

              7          28 LOAD_GLOBAL              1 (NULL + g)
                         30 CALL                     0  # GIL check point
                         32 POP_TOP
                         34 JUMP_BACKWARD           15 (to 6)  # GIL check point
                    >>   36 PUSH_EXC_INFO
                         38 LOAD_GLOBAL              1 (NULL + g)
                         40 CALL                     0  # GIL check point
                         42 POP_TOP
                         44 RERAISE                  0
                    >>   46 COPY                     3
                         48 POP_EXCEPT
                         50 RERAISE                  1

              2     >>   52 LOAD_CONST               0 (None)
                         54 RETURN_VALUE
            ExceptionTable:
              12 to 14 -> 36 [1]
              36 to 44 -> 46 [2] lasti
            """);
    }

    @Test
    void tryExceptElseFinally() {
        assertDis("""
                def f():
                    try:
                        a()
                    except E:
                        b()
                    else:
                        c()
                    finally:
                        d()
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 NOP

              3           4 LOAD_GLOBAL              1 (NULL + a)
                          6 CALL                     0  # GIL check point
                          8 POP_TOP

              7          10 LOAD_GLOBAL              3 (NULL + c)
                         12 CALL                     0  # GIL check point
                         14 POP_TOP
                         16 JUMP_FORWARD            14 (to 46)
                    >>   18 PUSH_EXC_INFO

              4          20 LOAD_GLOBAL              4 (E)
                         22 CHECK_EXC_MATCH
                         24 POP_JUMP_FORWARD_IF_FALSE     6 (to 38)
                         26 POP_TOP

              5          28 LOAD_GLOBAL              7 (NULL + b)
                         30 CALL                     0  # GIL check point
                         32 POP_TOP
                         34 POP_EXCEPT
                         36 JUMP_FORWARD             4 (to 46)

              4     >>   38 RERAISE                  0
                    >>   40 COPY                     3
                         42 POP_EXCEPT
                         44 RERAISE                  1

              9     >>   46 LOAD_GLOBAL              9 (NULL + d)
                         48 CALL                     0  # GIL check point
                         50 POP_TOP
                         52 LOAD_CONST               0 (None)
                         54 RETURN_VALUE
                    >>   56 PUSH_EXC_INFO
                         58 LOAD_GLOBAL              9 (NULL + d)
                         60 CALL                     0  # GIL check point
                         62 POP_TOP
                         64 RERAISE                  0
                    >>   66 COPY                     3
                         68 POP_EXCEPT
                         70 RERAISE                  1
            ExceptionTable:
              4 to 8 -> 18 [0]
              10 to 16 -> 56 [0]
              18 to 32 -> 40 [1] lasti
              34 to 36 -> 56 [0]
              38 to 38 -> 40 [1] lasti
              40 to 44 -> 56 [0]
              56 to 64 -> 66 [1] lasti
            """);
    }

    @Test
    void whileTrueWithBreak() {
        assertDis("""
                def f(q):
                    while True:
                        item = q.get()
                        if item is None:
                            break
                        q.done()
                    return item
                """, "f", """
              1           0 RESUME  # GIL check point

              2           2 NOP

              3     >>    4 LOAD_FAST                0 (q)
                          6 LOAD_METHOD              0 (get)
                          8 CALL                     0  # GIL check point
                         10 STORE_FAST               1 (item)

              4          12 LOAD_FAST                1 (item)
                         14 POP_JUMP_FORWARD_IF_NOT_NONE     1 (to 18)

              5          16 JUMP_FORWARD             5 (to 28)

              6     >>   18 LOAD_FAST                0 (q)
                         20 LOAD_METHOD              1 (done)
                         22 CALL                     0  # GIL check point
                         24 POP_TOP

              2          26 JUMP_BACKWARD           12 (to 4)  # GIL check point

              7     >>   28 LOAD_FAST                1 (item)
                         30 RETURN_VALUE
            """);
    }
}

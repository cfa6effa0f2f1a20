package org.gilpy.compiler;

import static org.gilpy.compiler.Listings.assertDis;

import org.junit.jupiter.api.Test;

/** The match statement and try/except* compile to CPython 3.11's instruction shapes. */
class PatternListingTest {
    /**
     * Each case but the last works on a COPY of the subject; a class pattern's attributes come
     * from MATCH_CLASS as one tuple; a failing test jumps to the POP_TOPs that drop what the
     * pattern pushed; {@code [a, *_]} indexes instead of unpacking; a final {@code case _} is a NOP.
     */
    @Test
    void matchClassAndSequencePatterns() {
        assertDis("def f(p):\n    match p:\n        case Point(0, y=b):\n            return b\n"
                + "        case [a, *_]:\n            return a\n        case _:\n            return None\n", "f", """
                  1           0 RESUME  # GIL check point

                  2           2 LOAD_FAST                0 (p)

                  3           4 COPY                     1
                              6 LOAD_GLOBAL              0 (Point)
                              8 LOAD_CONST               1 (('y',))
                             10 MATCH_CLASS              1
                             12 COPY                     1
                             14 LOAD_CONST               0 (None)
                             16 IS_OP                    1
                             18 POP_JUMP_FORWARD_IF_FALSE     8 (to 36)
                             20 UNPACK_SEQUENCE          2
                             22 LOAD_CONST               2 (0)
                             24 COMPARE_OP               2 (==)
                             26 POP_JUMP_FORWARD_IF_FALSE     4 (to 36)
                             28 STORE_FAST               1 (b)
                             30 POP_TOP

                  4          32 LOAD_FAST                1 (b)
                             34 RETURN_VALUE

                  3     >>   36 POP_TOP

                  5          38 MATCH_SEQUENCE
                             40 POP_JUMP_FORWARD_IF_FALSE    11 (to 64)
                             42 GET_LEN
                             44 LOAD_CONST               3 (1)
                             46 COMPARE_OP               5 (>=)
                             48 POP_JUMP_FORWARD_IF_FALSE     7 (to 64)
                             50 COPY                     1
                             52 LOAD_CONST               2 (0)
                             54 BINARY_SUBSCR
                             56 STORE_FAST               2 (a)
                             58 POP_TOP

                  6          60 LOAD_FAST                2 (a)
                             62 RETURN_VALUE

                  5     >>   64 POP_TOP

                  7          66 NOP

                  8          68 LOAD_CONST               0 (None)
                             70 RETURN_VALUE
                """);
    }

    /**
     * CHECK_EG_MATCH splits the group for each clause; what a clause raises is appended to a
     * list (LIST_APPEND 3 in its cleanup handler), the unhandled rest last, and
     * PREP_RERAISE_STAR decides what is raised at the end.
     */
    @Test
    void exceptStarCollectsWhatClausesRaise() {
        assertDis("def g():\n    try:\n        h()\n    except* ValueError as e:\n        k(e)\n", "g", """
                  1           0 RESUME  # GIL check point

                  2           2 NOP

                  3           4 LOAD_GLOBAL              1 (NULL + h)
                              6 CALL                     0  # GIL check point
                              8 POP_TOP
                             10 LOAD_CONST               0 (None)
                             12 RETURN_VALUE
                        >>   14 PUSH_EXC_INFO

                  4          16 COPY                     1
                             18 BUILD_LIST               0
                             20 SWAP                     2
                             22 LOAD_GLOBAL              2 (ValueError)
                             24 CHECK_EG_MATCH
                             26 COPY                     1
                             28 POP_JUMP_FORWARD_IF_NONE    15 (to 60)
                             30 STORE_FAST               0 (e)

                  5          32 LOAD_GLOBAL              5 (NULL + k)
                             34 LOAD_FAST                0 (e)
                             36 CALL                     1  # GIL check point
                             38 POP_TOP
                             40 LOAD_CONST               0 (None)
                             42 STORE_FAST               0 (e)
                             44 DELETE_FAST              0 (e)
                             46 JUMP_FORWARD             7 (to 62)
                        >>   48 LOAD_CONST               0 (None)
                             50 STORE_FAST               0 (e)
                             52 DELETE_FAST              0 (e)
                             54 LIST_APPEND              3
                             56 POP_TOP
                             58 JUMP_FORWARD             1 (to 62)

                  4     >>   60 POP_TOP
                        >>   62 LIST_APPEND              1
                             64 PREP_RERAISE_STAR
                             66 COPY                     1
                             68 POP_JUMP_FORWARD_IF_NOT_NONE     4 (to 78)
                             70 POP_TOP
                             72 POP_EXCEPT
                             74 LOAD_CONST               0 (None)
                             76 RETURN_VALUE
                        >>   78 SWAP                     2
                             80 POP_EXCEPT
                             82 RERAISE                  0
                        >>   84 COPY                     3
                             86 POP_EXCEPT
                             88 RERAISE                  1
                ExceptionTable:
                  4 to 8 -> 14 [0]
                  14 to 30 -> 84 [1] lasti
                  32 to 38 -> 48 [4] lasti
                  40 to 68 -> 84 [1] lasti
                """);
    }
}

package org.gilpy.stdlib.pickle;

import org.gilpy.stdlib.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The Java fast paths of pickle: the bytes they write (recorded from python3), what they leave
 * to pickle.py (None), and that they agree byte for byte with pickle.py's own Pickler.
 */
class PickleFastTest {
    private static final String PRELUDE = """
            import _pickle_fast, pickle, io, copyreg
            def slow(obj, proto):
                f = io.BytesIO()
                pickle.Pickler(f, proto).dump(obj)
                return f.getvalue()
            class C: pass
            """;

    @Test
    void writesCPythonsBytes() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(_pickle_fast.try_dumps((1, 'a', 2.5, None, True), 4))",
                "b'\\x80\\x04\\x95\\x15\\x00\\x00\\x00\\x00\\x00\\x00\\x00(K\\x01\\x8c\\x01a\\x94G@\\x04\\x00\\x00"
                    + "\\x00\\x00\\x00\\x00N\\x88t\\x94.'"},
            {"print(_pickle_fast.try_dumps([b'xy', {1: [2]}, -2**70], 3))",
                "b'\\x80\\x03]q\\x00(C\\x02xyq\\x01}q\\x02K\\x01]q\\x03K\\x02as\\x8a\\t\\x00\\x00\\x00\\x00"
                    + "\\x00\\x00\\x00\\x00\\xc0e.'"},
            {"print(_pickle_fast.try_dumps(int, 2), _pickle_fast.try_dumps(int, 3))", "None b'\\x80\\x03cbuiltins\\nint\\nq\\x00.'"},
        });
    }

    @Test
    void leavesTheRestToPicklePy() {
        Snippets.expectLines(PRELUDE, new String[][] {
            {"print(_pickle_fast.try_dumps(C(), 4), _pickle_fast.try_dumps(lambda: 1, 4), _pickle_fast.try_dumps(1, 1))",
                "None None None"},
            {"print(_pickle_fast.try_dumps(b'x', 2), _pickle_fast.try_dumps({1}, 3), _pickle_fast.try_dumps(1, 6))", "None None None"},
            {"copyreg.add_extension('builtins', 'len', 200); print(_pickle_fast.try_dumps(len, 4));"
                + " copyreg.remove_extension('builtins', 'len', 200)", "None"},
            {"print(_pickle_fast.try_loads(b'\\x80\\x04K\\x01'), _pickle_fast.try_loads(b'K\\x01.'), _pickle_fast.try_loads('x'))",
                "None (1,) None"},
            {"print(_pickle_fast.try_loads(pickle.dumps(C())), _pickle_fast.try_loads(b'\\x80\\x02c__builtin__\\nlen\\nq\\x00.'))",
                "None None"},
            {"print(_pickle_fast.try_loads(b'(]K\\x01s.'), _pickle_fast.try_loads(b'h\\x00.'), _pickle_fast.try_loads(b'0.'))",
                "None None None"},
        });
    }

    @Test
    void agreesWithThePythonPickler() {
        Snippets.expectLines(PRELUDE + """
                values = [None, False, 0, 300, -70000, 2**31, -2**100, 1.25, 'é' * 300, 'x', b'y' * 300,
                          bytearray(b'z'), (), (1,), (1, 2, 3, 4), [], [[1]] * 3, {}, {'k': (1,)}, set(range(5)),
                          frozenset([2]), list(range(2500)), {i: i for i in range(2000)}, len, int, pickle.loads,
                          ['s' * 70000, b'b' * 70000], [str(i) for i in range(12000)]]
                cycle = [1]
                cycle.append((cycle,))
                values.append(cycle)
                """, new String[][] {
            {"print(all(_pickle_fast.try_dumps(v, p) == slow(v, p) for p in (2, 3, 4, 5) for v in values"
                + " if _pickle_fast.try_dumps(v, p) is not None))", "True"},
            {"print(sum(_pickle_fast.try_dumps(v, p) is None for p in (2, 3, 4, 5) for v in values))", "18"},
            {"print(all(_pickle_fast.try_loads(slow(v, p))[0] == v for p in (4, 5) for v in values[:-1]"
                + " if p == 5 or type(v) is not bytearray))", "True"},
            {"back = _pickle_fast.try_loads(slow(cycle, 4))[0]; print(back[1][0] is back)", "True"},
        });
    }
}

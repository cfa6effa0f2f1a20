package org.gilpy.stdlib.operator;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * The {@code operator} module: Python's operators as functions (each also under its dunder name,
 * {@code operator.__add__}), and the callable makers in {@link Getters}.
 */
public final class OperatorModule implements ModuleDef {
    private static final String[] BINARY = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_",
        "pow", "rshift", "sub", "truediv", "xor"};
    private static final int[] BINARY_CODES = {Abstract.NB_ADD, Abstract.NB_AND, Abstract.NB_FLOOR_DIVIDE,
        Abstract.NB_LSHIFT, Abstract.NB_MATRIX_MULTIPLY, Abstract.NB_MULTIPLY, Abstract.NB_REMAINDER, Abstract.NB_OR,
        Abstract.NB_POWER, Abstract.NB_RSHIFT, Abstract.NB_SUBTRACT, Abstract.NB_TRUE_DIVIDE, Abstract.NB_XOR};
    private static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

    @Override
    public String name() {
        return "operator";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("operator");
        for (int i = 0; i < BINARY.length; i++) {
            int code = BINARY_CODES[i];
            String base = BINARY[i].replace("_", "");
            both(m, BINARY[i], base, Builtin.of(BINARY[i], (self, a, b) -> Abstract.binaryOp(a, b, code)));
            String inplace = "i" + base;
            both(m, inplace, inplace, Builtin.of(inplace, (self, a, b) -> Abstract.binaryOp(a, b, code + Abstract.NB_INPLACE)));
        }
        for (int i = 0; i < COMPARE.length; i++) {
            int op = i;
            both(m, COMPARE[i], COMPARE[i], Builtin.of(COMPARE[i], (self, a, b) -> Abstract.richCompare(a, b, op)));
        }
        both(m, "neg", "neg", Builtin.of("neg", (self, a) -> Abstract.negative(a)));
        both(m, "pos", "pos", Builtin.of("pos", (self, a) -> Abstract.positive(a)));
        both(m, "invert", "invert", Builtin.of("invert", (self, a) -> Abstract.invert(a)));
        both(m, "inv", "inv", Builtin.of("inv", (self, a) -> Abstract.invert(a)));
        both(m, "abs", "abs", Builtin.of("abs", (self, a) -> {
            PyObject f = a.type().lookup(PyStr.intern("__abs__"));
            if (f == null) {
                throw PyExc.typeError("bad operand type for abs(): '%s'", a.type().name);
            }
            return Abstract.callPrepended(f, a);
        }));
        both(m, "not_", "not", Builtin.of("not_", (self, a) -> PyBool.of(!a.isTrue())));
        m.function("truth", Builtin.of("truth", (self, a) -> PyBool.of(a.isTrue())));
        m.function("is_", Builtin.of("is_", (self, a, b) -> PyBool.of(a == b)));
        m.function("is_not", Builtin.of("is_not", (self, a, b) -> PyBool.of(a != b)));
        both(m, "index", "index", Builtin.of("index", (self, a) -> Abstract.indexInt(a)));
        both(m, "concat", "concat", Builtin.of("concat", (self, a, b) -> concat(a, b, Abstract.NB_ADD)));
        both(m, "iconcat", "iconcat", Builtin.of("iconcat", (self, a, b) -> concat(a, b, Abstract.NB_ADD + Abstract.NB_INPLACE)));
        both(m, "contains", "contains", Builtin.of("contains", (self, a, b) -> PyBool.of(Abstract.contains(a, b))));
        both(m, "getitem", "getitem", Builtin.of("getitem", (self, a, b) -> Abstract.getItem(a, b)));
        both(m, "setitem", "setitem", Builtin.of("setitem", (self, a, b, c) -> {
            Abstract.setItem(a, b, c);
            return PyNone.NONE;
        }));
        both(m, "delitem", "delitem", Builtin.of("delitem", (self, a, b) -> {
            Abstract.delItem(a, b);
            return PyNone.NONE;
        }));
        m.function("countOf", Builtin.of("countOf", (self, seq, x) -> {
            long n = 0;
            PyObject it = Abstract.iter(seq);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (v == x || Abstract.eqBool(v, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        m.function("indexOf", Builtin.of("indexOf", (self, seq, x) -> {
            long i = 0;
            PyObject it = Abstract.iter(seq);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), i++) {
                if (v == x || Abstract.eqBool(v, x)) {
                    return PyInt.of(i);
                }
            }
            throw PyExc.valueError("sequence.index(x): x not in sequence");
        }));
        m.function("length_hint", (self, args, kw) -> {
            Builtin.noKeywords("length_hint", kw);
            Builtin.range("length_hint", args, 1, 2);
            long dflt = 0;
            if (args.length == 2) {
                if (!(args[1] instanceof PyInt d)) {
                    throw PyExc.typeError("'%s' object cannot be interpreted as an integer", args[1].type().name);
                }
                dflt = d.longValue();
            }
            return PyInt.of(lengthHint(args[0], dflt));
        });
        both(m, "call", "call", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw PyExc.typeError("call() missing 1 required positional argument: 'obj'");
            }
            return Abstract.callKw(args[0], Arrays.copyOfRange(args, 1, args.length), kw);
        });
        m.put("itemgetter", Getters.ITEMGETTER).put("attrgetter", Getters.ATTRGETTER);
        m.put("methodcaller", Getters.METHODCALLER);
        return m;
    }

    /** Binds a function under its name and under {@code __dunder__}. */
    private static void both(PyModule m, String name, String dunderBase, Builtin.Impl impl) {
        m.function(name, impl);
        m.put("__" + dunderBase + "__", m.getDict().get(name));
    }

    private static PyObject concat(PyObject a, PyObject b, int code) {
        if (a.type().lookup(Names.__getitem__) == null) {
            throw PyExc.typeError("'%s' object can't be concatenated", a.type().name);
        }
        return Abstract.binaryOp(a, b, code);
    }

    /** operator.length_hint: len() if there is one, else {@code __length_hint__}, else the default. */
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type().lookup(Names.__len__) != null) {
            return Abstract.len(o);
        }
        PyObject hint = o.type().lookup(Names.__length_hint__);
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Abstract.callPrepended(hint, o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt ri)) {
            throw PyExc.typeError("__length_hint__ must be an integer, not %s", r.type().name);
        }
        if (ri.signum() < 0) {
            throw PyExc.valueError("__length_hint__() should return >= 0");
        }
        return ri.longValue();
    }
}

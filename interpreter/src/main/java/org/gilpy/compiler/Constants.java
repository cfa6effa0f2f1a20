package org.gilpy.compiler;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Operator;
import org.gilpy.ast.UnaryOperator;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyEllipsis;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * Compile-time constants, as keys that compare by type and value (so {@code 1}, {@code 1.0} and
 * {@code True} stay distinct, and {@code -0.0} differs from {@code 0.0}), which is how co_consts
 * is deduplicated; and the folding of constant expressions CPython's AST optimizer does
 * ({@code -1}, {@code 1 << 20}, {@code (1, 2)}, {@code __debug__}).
 *
 * <p>A key is one of: {@link IntKey}, {@link FloatKey}, {@link ComplexKey}, {@link String},
 * {@link BytesKey}, {@link Boolean}, {@link Expr.Singleton}, {@link TupleKey}, {@link FrozenSetKey},
 * {@link CodeKey}.
 */
final class Constants {
    private Constants() {}

    static final Object NONE = Expr.Singleton.NONE;

    record IntKey(BigInteger value) {}

    /** Record equality compares doubles bitwise, which keeps -0.0 apart from 0.0. */
    record FloatKey(double value) {}

    record ComplexKey(double real, double imag) {}

    /** Bytes held as a Latin-1 string, for value equality. */
    record BytesKey(String latin1) {}

    record TupleKey(List<Object> items) {}

    /** A frozenset of constants (a set display's items, as CPython 3.11 folds them), in display order. */
    record FrozenSetKey(List<Object> items) {}

    /** A code object is only ever equal to itself. */
    static final class CodeKey {
        final PyCode code;

        CodeKey(PyCode code) {
            this.code = code;
        }
    }

    /** The key of a {@link Expr.Constant}'s value. */
    static Object key(Object value) {
        if (value instanceof Long l) {
            return new IntKey(BigInteger.valueOf(l));
        } else if (value instanceof BigInteger b) {
            return new IntKey(b);
        } else if (value instanceof Double d) {
            return new FloatKey(d);
        } else if (value instanceof Expr.Imaginary i) {
            return new ComplexKey(0.0, i.imag());
        } else if (value instanceof byte[] b) {
            return new BytesKey(new String(b, StandardCharsets.ISO_8859_1));
        } else if (value instanceof String || value instanceof Boolean || value instanceof Expr.Singleton) {
            return value;
        }
        throw new IllegalArgumentException("not a constant: " + value);
    }

    static IntKey integer(long value) {
        return new IntKey(BigInteger.valueOf(value));
    }

    static TupleKey tuple(List<?> keys) {
        return new TupleKey(List.copyOf(keys));
    }

    static FrozenSetKey frozenset(List<?> keys) {
        return new FrozenSetKey(List.copyOf(keys));
    }

    static TupleKey strTuple(List<String> names) {
        return new TupleKey(List.copyOf(names));
    }

    /** The constant value of {@code e} after folding, or null when e is not constant. */
    static Object fold(Expr e) {
        if (e instanceof Expr.Constant c) {
            return key(c.value());
        } else if (e instanceof Expr.UnaryOp u) {
            Object operand = fold(u.operand());
            return operand == null ? null : unary(u.op(), operand);
        } else if (e instanceof Expr.BinOp b) {
            Object left = fold(b.left());
            Object right = left == null ? null : fold(b.right());
            return right == null ? null : intBinary(b.op(), left, right);
        } else if (e instanceof Expr.TupleExpr t && t.ctx() == Ctx.LOAD) {
            List<Object> items = new ArrayList<>(t.elts().size());
            for (Expr elt : t.elts()) {
                Object k = fold(elt);
                if (k == null) {
                    return null;
                }
                items.add(k);
            }
            return new TupleKey(List.copyOf(items));
        } else if (e instanceof Expr.Name n && n.ctx() == Ctx.LOAD && n.id().equals("__debug__")) {
            return Boolean.TRUE;
        }
        return null;
    }

    private static Object unary(UnaryOperator op, Object k) {
        if (op == UnaryOperator.NOT) {
            return !truth(k);
        }
        if (k instanceof Boolean b) {
            k = new IntKey(b ? BigInteger.ONE : BigInteger.ZERO);
        }
        if (k instanceof IntKey i) {
            return switch (op) {
                case USUB -> new IntKey(i.value().negate());
                case UADD -> i;
                case INVERT -> new IntKey(i.value().not());
                default -> null;
            };
        } else if (k instanceof FloatKey f) {
            return op == UnaryOperator.USUB ? new FloatKey(-f.value()) : op == UnaryOperator.UADD ? f : null;
        } else if (k instanceof ComplexKey c) {
            return op == UnaryOperator.USUB ? new ComplexKey(-c.real(), -c.imag())
                    : op == UnaryOperator.UADD ? c : null;
        }
        return null;
    }

    /** Results larger than this many bits are left to run time, as CPython's AST optimizer does. */
    private static final int MAX_INT_BITS = 128;

    /** An int operation on int constants, or null when it is not folded. */
    private static Object intBinary(Operator op, Object l, Object r) {
        if (l instanceof Boolean x && r instanceof Boolean y
                && (op == Operator.BITAND || op == Operator.BITOR || op == Operator.BITXOR)) {
            // bool's own &, |, ^ keep the type
            return op == Operator.BITAND ? x & y : op == Operator.BITOR ? x | y : x ^ y;
        }
        BigInteger a = intValue(l);
        BigInteger b = intValue(r);
        if (a == null || b == null) {
            return null;
        }
        int abits = a.bitLength();
        BigInteger result = switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MULT -> abits + b.bitLength() > MAX_INT_BITS ? null : a.multiply(b);
            case FLOORDIV -> b.signum() == 0 ? null : floorDiv(a, b);
            case MOD -> b.signum() == 0 ? null : a.subtract(floorDiv(a, b).multiply(b));
            case POW -> b.signum() < 0 ? null
                    : a.signum() == 0 ? (b.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                    : b.signum() == 0 ? BigInteger.ONE
                    : b.compareTo(BigInteger.valueOf(MAX_INT_BITS / abits)) > 0 ? null : a.pow(b.intValue());
            case LSHIFT -> b.signum() < 0 ? null
                    : a.signum() == 0 ? BigInteger.ZERO
                    : b.compareTo(BigInteger.valueOf(MAX_INT_BITS - abits)) > 0 ? null : a.shiftLeft(b.intValue());
            case RSHIFT -> b.signum() < 0 ? null : a.shiftRight(b.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue());
            case BITAND -> a.and(b);
            case BITOR -> a.or(b);
            case BITXOR -> a.xor(b);
            default -> null;
        };
        return result == null ? null : new IntKey(result);
    }

    private static BigInteger intValue(Object k) {
        return k instanceof IntKey i ? i.value() : k instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : null;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** Python truthiness of a constant key. */
    static boolean truth(Object k) {
        if (k instanceof IntKey i) {
            return i.value().signum() != 0;
        } else if (k instanceof FloatKey f) {
            return f.value() != 0.0;
        } else if (k instanceof ComplexKey c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        } else if (k instanceof String s) {
            return !s.isEmpty();
        } else if (k instanceof BytesKey b) {
            return !b.latin1().isEmpty();
        } else if (k instanceof Boolean b) {
            return b;
        } else if (k instanceof TupleKey t) {
            return !t.items().isEmpty();
        }
        return k != NONE;
    }

    /** The Python object for a key. */
    static PyObject toPy(Object k) {
        if (k instanceof IntKey i) {
            return PyInt.of(i.value());
        } else if (k instanceof FloatKey f) {
            return new PyFloat(f.value());
        } else if (k instanceof ComplexKey c) {
            return new PyComplex(c.real(), c.imag());
        } else if (k instanceof String s) {
            return PyStr.intern(s);
        } else if (k instanceof BytesKey b) {
            return new PyBytes(b.latin1().getBytes(StandardCharsets.ISO_8859_1));
        } else if (k instanceof Boolean b) {
            return b ? PyBool.TRUE : PyBool.FALSE;
        } else if (k == Expr.Singleton.NONE) {
            return PyNone.NONE;
        } else if (k == Expr.Singleton.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        } else if (k instanceof TupleKey t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toPy(t.items().get(i));
            }
            return PyTuple.of(items);
        } else if (k instanceof FrozenSetKey f) {
            // CPython builds the frozenset from the display's items, then (merging constants)
            // builds it again from the first one's iteration order: the table, and so the order
            // of the set, is that of the second
            PySet first = new PySet(true);
            for (Object item : f.items()) {
                first.add(toPy(item));
            }
            PySet set = new PySet(true);
            PyObject it = org.gilpy.objects.Abstract.iter(first);
            for (PyObject x = org.gilpy.objects.Abstract.next(it); x != null; x = org.gilpy.objects.Abstract.next(it)) {
                set.add(x);
            }
            return set;
        } else if (k instanceof CodeKey c) {
            return c.code;
        }
        throw new IllegalArgumentException("not a constant key: " + k);
    }
}

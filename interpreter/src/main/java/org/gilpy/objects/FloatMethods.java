package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.DoubleBinaryOperator;

/** The methods of {@code float}, declared on its type. */
final class FloatMethods {
    private FloatMethods() {}

    static void define(PyType t) {
        t.constructor((unused, args, kw) -> {
            Builtin.noKeywords("float", kw);
            Builtin.range("float", args, 1, 2);
            double d = args.length == 1 ? 0.0 : toDouble(args[1]);
            PyType cls = (PyType) args[0];
            return cls == PyFloat.TYPE ? new PyFloat(d) : new PyFloatSubclass(cls, d);
        });
        binary(t, "add", (a, b) -> a + b);
        binary(t, "sub", (a, b) -> a - b);
        binary(t, "mul", (a, b) -> a * b);
        binary(t, "truediv", FloatMethods::div);
        binary(t, "floordiv", FloatMethods::floorDiv);
        binary(t, "mod", FloatMethods::mod);
        t.methodVar("__pow__", (a, args, kw) -> pow(a, args, false));
        t.methodVar("__rpow__", (a, args, kw) -> pow(a, args, true));
        t.method("__divmod__", (a, b) -> {
            Double y = asDouble(b);
            return y == null ? notImpl() : divmod(((PyFloat) a).v, y);
        });
        t.method("__rdivmod__", (a, b) -> {
            Double y = asDouble(b);
            return y == null ? notImpl() : divmod(y, ((PyFloat) a).v);
        });
        t.method("__neg__", a -> new PyFloat(-((PyFloat) a).v));
        t.method("__pos__", a -> new PyFloat(((PyFloat) a).v));
        t.method("__abs__", a -> new PyFloat(Math.abs(((PyFloat) a).v)));
        t.method("__bool__", a -> PyBool.of(((PyFloat) a).v != 0));
        t.method("__int__", a -> PyInt.fromDouble(((PyFloat) a).v));
        t.method("__trunc__", a -> PyInt.fromDouble(((PyFloat) a).v));
        t.method("__floor__", a -> PyInt.fromDouble(Math.floor(((PyFloat) a).v)));
        t.method("__ceil__", a -> PyInt.fromDouble(Math.ceil(((PyFloat) a).v)));
        t.method("__float__", a -> a.getClass() == PyFloat.class ? a : new PyFloat(((PyFloat) a).v));
        t.methodVar("__round__", (a, args, kw) -> {
            Builtin.range("__round__", args, 0, 1);
            double v = ((PyFloat) a).v;
            if (args.length == 0 || args[0] == PyNone.NONE) {
                double r = Math.rint(v);
                return PyInt.fromDouble(r);
            }
            return new PyFloat(round(v, Abstract.index(args[0])));
        });
        t.method("__hash__", a -> PyInt.of(PyFloat.hash(((PyFloat) a).v, a)));
        t.method("__repr__", a -> PyStr.of(PyFloat.repr(((PyFloat) a).v)));
        t.method("__format__", (a, spec) -> PyStr.of(Formatter.formatFloat(((PyFloat) a).v, Abstract.strArg(spec, "format"))));
        t.method("__getnewargs__", a -> PyTuple.of(new PyFloat(((PyFloat) a).v)));
        compare(t, "__lt__", c -> c < 0);
        compare(t, "__le__", c -> c <= 0);
        compare(t, "__gt__", c -> c > 0);
        compare(t, "__ge__", c -> c >= 0);
        compare(t, "__eq__", c -> c == 0);
        compare(t, "__ne__", c -> c != 0);
        t.method("is_integer", a -> PyBool.of(isInteger(((PyFloat) a).v)));
        t.method("conjugate", a -> new PyFloat(((PyFloat) a).v));
        t.method("hex", a -> PyStr.of(hex(((PyFloat) a).v)));
        t.method("as_integer_ratio", a -> {
            double v = ((PyFloat) a).v;
            if (Double.isInfinite(v)) {
                throw PyExc.overflowError("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(v)) {
                throw PyExc.valueError("cannot convert NaN to integer ratio");
            }
            BigDecimal bd = new BigDecimal(v);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (bd.scale() > 0) {
                den = BigInteger.TEN.pow(bd.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        t.getter("real", a -> new PyFloat(((PyFloat) a).v));
        t.getter("imag", a -> new PyFloat(0.0));
        t.classMethod("fromhex", (cls, args, kw) -> {
            Builtin.noKeywords("fromhex", kw);
            Builtin.range("fromhex", args, 1, 1);
            PyFloat value = new PyFloat(fromHex(Abstract.strArg(args[0], "fromhex")));
            return cls == PyFloat.TYPE ? value : Abstract.call(cls, value);
        });
    }

    /** float.hex(): "[-]0x1.<13 hex digits>p<sign><exp>", 0x0. for subnormals, as CPython. */
    static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return PyFloat.repr(x);
        }
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        boolean subnormal = Math.getExponent(x) < Double.MIN_EXPONENT;
        int exp = subnormal ? Double.MIN_EXPONENT : Math.getExponent(x);
        return String.format("%s0x%d.%013xp%s%d", sign, subnormal ? 0 : 1, mantissa, exp < 0 ? "-" : "+", Math.abs(exp));
    }

    /** float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan; rounded half-even. */
    static double fromHex(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1.0 : 1.0;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:0x)?([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?").matcher(unsigned);
        if (!m.matches() || (m.group(1).isEmpty() && (m.group(2) == null || m.group(2).isEmpty()))) {
            throw PyExc.valueError("invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (m.group(3) != null) {
            String e = m.group(3);
            exp = e.replaceFirst("^[+-]?0*", "").length() > 9 ? (e.startsWith("-") ? -1_000_000 : 1_000_000)
                    : Long.parseLong(e);
        }
        String frac = m.group(2) == null ? "" : m.group(2);
        double v = Double.parseDouble("0x" + (m.group(1).isEmpty() ? "0" : m.group(1)) + "." + frac + "p" + exp);
        if (Double.isInfinite(v)) {
            throw PyExc.overflowError("hexadecimal value too large to represent as a float");
        }
        return sign * v;
    }

    private static PyObject notImpl() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** The double value of a float or int operand, or null when the other side is neither. */
    static Double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.v;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return null;
    }

    private static void binary(PyType t, String name, DoubleBinaryOperator op) {
        t.method("__" + name + "__", (a, b) -> {
            Double y = asDouble(b);
            return y == null ? notImpl() : new PyFloat(op.applyAsDouble(((PyFloat) a).v, y));
        });
        t.method("__r" + name + "__", (a, b) -> {
            Double y = asDouble(b);
            return y == null ? notImpl() : new PyFloat(op.applyAsDouble(y, ((PyFloat) a).v));
        });
    }

    private interface CmpTest {
        boolean test(int c);
    }

    private static void compare(PyType t, String name, CmpTest test) {
        t.method(name, (a, b) -> {
            double x = ((PyFloat) a).v;
            if (b instanceof PyFloat fb) {
                if (Double.isNaN(x) || Double.isNaN(fb.v)) {
                    return PyBool.of(name.equals("__ne__"));
                }
                return PyBool.of(test.test(Double.compare(x == 0 ? 0.0 : x, fb.v == 0 ? 0.0 : fb.v)));
            }
            if (b instanceof PyInt ib) {
                if (Double.isNaN(x)) {
                    return PyBool.of(name.equals("__ne__"));
                }
                return PyBool.of(test.test(-compareIntFloat(ib, x)));
            }
            return notImpl();
        });
    }

    /** Exact comparison of an int with a double (no rounding of big ints), NaN excluded. */
    static int compareIntFloat(PyInt i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i.big == null && Math.abs(i.v) < (1L << 53)) {
            return Double.compare((double) i.v, d == 0 ? 0.0 : d);
        }
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(d));
    }

    static double div(double a, double b) {
        if (b == 0) {
            throw PyExc.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    static double mod(double a, double b) {
        if (b == 0) {
            throw PyExc.zeroDivisionError("float modulo");
        }
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floorDiv(double a, double b) {
        if (b == 0) {
            throw PyExc.zeroDivisionError("float floor division by zero");
        }
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, a / b);
    }

    private static PyObject divmod(double a, double b) {
        if (b == 0) {
            throw PyExc.zeroDivisionError("float divmod()");
        }
        return PyTuple.of(new PyFloat(floorDiv(a, b)), new PyFloat(mod(a, b)));
    }

    /** float.__pow__ / __rpow__: a negative base with a fractional exponent gives a complex, as CPython's float_pow. */
    private static PyObject pow(PyObject self, PyObject[] args, boolean reflected) {
        Builtin.range(reflected ? "__rpow__" : "__pow__", args, 1, 2);
        Double other = asDouble(args[0]);
        if (other == null) {
            return notImpl();
        }
        if (args.length == 2 && args[1] != PyNone.NONE) {
            throw PyExc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        double a = reflected ? other : ((PyFloat) self).v;
        double b = reflected ? ((PyFloat) self).v : other;
        if (a < 0 && b != Math.floor(b) && Double.isFinite(b)) {
            return ComplexMethods.power(new PyComplex(a, 0), new PyComplex(b, 0));
        }
        return new PyFloat(pow(a, b));
    }

    static double pow(double a, double b) {
        if (a == 0 && b < 0 && Double.isFinite(b)) {
            throw PyExc.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
            return 1.0;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyExc.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    static boolean isInteger(double v) {
        return !Double.isInfinite(v) && v == Math.floor(v);
    }

    /** round(x, n): correctly rounded half-even on the exact decimal value, as CPython. */
    static double round(double v, long ndigits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return v;
        }
        if (ndigits > 330) {
            return v;
        }
        if (ndigits < -330) {
            return Math.copySign(0.0, v);
        }
        BigDecimal r = new BigDecimal(v).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (d == 0) {
            return Math.copySign(0.0, v);
        }
        return d;
    }

    /** float(x) for str, int, float, objects with {@code __float__} or {@code __index__}, and bytes-like text. */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.v;
        }
        if (x instanceof PyInt i) {
            return i.doubleValue();
        }
        if (x instanceof PyStr s) {
            return parse(s.value, s);
        }
        PyObject m = x.type().lookup(Names.__float__);
        if (m != null) {
            PyObject r = Abstract.callPrepended(m, x, new PyObject[0], null);
            if (!(r instanceof PyFloat rf)) {
                throw PyExc.typeError("%s.__float__ returned non-float (type %s)", x.type().name, r.type().name);
            }
            return rf.v;
        }
        if (x.type().lookup(Names.__index__) != null) {
            return ((PyInt) Abstract.callMethod(x, Names.__index__)).doubleValue();
        }
        if (x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView) {
            return parse(BytesMethods.latin1(Abstract.bytesOf(x)), x);
        }
        throw PyExc.typeError("float() argument must be a string or a real number, not '%s'", x.type().name);
    }

    static double parse(String text, PyObject original) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1.0 : 1.0;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (s.matches("[+-]?(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([eE][+-]?\\d(_?\\d)*)?") && s.matches(".*\\d.*")
                && !s.matches("[+-]?\\.?[eE].*")) {
            return Double.parseDouble(s.replace("_", ""));
        }
        throw PyExc.valueError("could not convert string to float: %s", Abstract.repr(original).value);
    }
}

package org.gilpy.objects;

import java.math.BigInteger;
import java.util.function.BinaryOperator;

/** The methods of {@code int}, declared on its type. */
final class IntMethods {
    private IntMethods() {}

    static void define(PyType t) {
        t.constructor(IntMethods::intNew);
        binary(t, "add", PyInt::add);
        binary(t, "sub", PyInt::sub);
        binary(t, "mul", PyInt::mul);
        binary(t, "floordiv", PyInt::floorDiv);
        binary(t, "mod", PyInt::mod);
        binary(t, "and", PyInt::and);
        binary(t, "or", PyInt::or);
        binary(t, "xor", PyInt::xor);
        binary(t, "lshift", PyInt::lshift);
        binary(t, "rshift", PyInt::rshift);
        t.method("__truediv__", (a, b) -> b instanceof PyInt ib ? PyInt.trueDiv((PyInt) a, ib) : notImpl());
        t.method("__rtruediv__", (a, b) -> b instanceof PyInt ib ? PyInt.trueDiv(ib, (PyInt) a) : notImpl());
        t.methodVar("__pow__", (a, args, kw) -> {
            Builtin.range("__pow__", args, 1, 2);
            if (!(args[0] instanceof PyInt e)) {
                return notImpl();
            }
            if (args.length == 2 && args[1] != PyNone.NONE) {
                return powMod((PyInt) a, e, args[1]);
            }
            return PyInt.pow((PyInt) a, e);
        });
        t.methodVar("__rpow__", (a, args, kw) -> {
            Builtin.range("__rpow__", args, 1, 2);
            if (!(args[0] instanceof PyInt b)) {
                return notImpl();
            }
            if (args.length == 2 && args[1] != PyNone.NONE) {
                return powMod(b, (PyInt) a, args[1]);
            }
            return PyInt.pow(b, (PyInt) a);
        });
        t.method("__divmod__", (a, b) -> b instanceof PyInt ib
                ? PyTuple.of(PyInt.floorDiv((PyInt) a, ib), PyInt.mod((PyInt) a, ib)) : notImpl());
        t.method("__rdivmod__", (a, b) -> b instanceof PyInt ib
                ? PyTuple.of(PyInt.floorDiv(ib, (PyInt) a), PyInt.mod(ib, (PyInt) a)) : notImpl());
        t.method("__neg__", a -> PyInt.neg((PyInt) a));
        t.method("__pos__", a -> exact((PyInt) a));
        t.method("__abs__", a -> ((PyInt) a).signum() < 0 ? PyInt.neg((PyInt) a) : exact((PyInt) a));
        t.method("__invert__", a -> PyInt.sub(PyInt.neg((PyInt) a), PyInt.of(1)));
        t.method("__bool__", a -> PyBool.of(((PyInt) a).signum() != 0));
        t.method("__index__", a -> exact((PyInt) a));
        t.method("__int__", a -> exact((PyInt) a));
        t.method("__trunc__", a -> exact((PyInt) a));
        t.method("__floor__", a -> exact((PyInt) a));
        t.method("__ceil__", a -> exact((PyInt) a));
        t.method("__float__", a -> new PyFloat(((PyInt) a).doubleValue()));
        t.methodVar("__round__", (a, args, kw) -> {
            Builtin.range("__round__", args, 0, 1);
            if (args.length == 0 || args[0] == PyNone.NONE) {
                return exact((PyInt) a);
            }
            return roundInt((PyInt) a, Abstract.index(args[0]));
        });
        t.method("__hash__", a -> PyInt.of(((PyInt) a).pyHash()));
        t.method("__repr__", a -> PyStr.of(((PyInt) a).repr()));
        t.method("__format__", (a, spec) -> PyStr.of(Formatter.formatInt((PyInt) a, Abstract.strArg(spec, "format"))));
        t.method("__getnewargs__", a -> PyTuple.of(exact((PyInt) a)));
        compare(t, "__lt__", c -> c < 0);
        compare(t, "__le__", c -> c <= 0);
        compare(t, "__gt__", c -> c > 0);
        compare(t, "__ge__", c -> c >= 0);
        compare(t, "__eq__", c -> c == 0);
        compare(t, "__ne__", c -> c != 0);
        t.method("bit_length", a -> PyInt.of(((PyInt) a).bigValue().abs().bitLength()));
        t.method("bit_count", a -> PyInt.of(((PyInt) a).bigValue().abs().bitCount()));
        t.method("conjugate", a -> exact((PyInt) a));
        t.method("as_integer_ratio", a -> PyTuple.of(exact((PyInt) a), PyInt.of(1)));
        t.getter("real", a -> exact((PyInt) a));
        t.getter("imag", a -> PyInt.of(0));
        t.getter("numerator", a -> exact((PyInt) a));
        t.getter("denominator", a -> PyInt.of(1));
        t.methodVar("to_bytes", IntBytes::toBytes);
        t.classMethod("from_bytes", IntBytes::fromBytes);
    }

    private static PyObject notImpl() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** The plain-int value of a bool or an int subclass instance. */
    static PyInt exact(PyInt a) {
        if (a.getClass() == PyInt.class) {
            return a;
        }
        return a.big != null ? PyInt.of(a.big) : PyInt.of(a.v);
    }

    private static void binary(PyType t, String name, BinaryOperator<PyInt> op) {
        t.method("__" + name + "__", (a, b) -> b instanceof PyInt ib ? op.apply((PyInt) a, ib) : notImpl());
        t.method("__r" + name + "__", (a, b) -> b instanceof PyInt ib ? op.apply(ib, (PyInt) a) : notImpl());
    }

    private interface CmpTest {
        boolean test(int c);
    }

    private static void compare(PyType t, String name, CmpTest test) {
        t.method(name, (a, b) -> {
            if (b instanceof PyInt ib) {
                return PyBool.of(test.test(PyInt.compare((PyInt) a, ib)));
            }
            if (b instanceof PyFloat fb) {
                return PyBool.of(test.test(FloatMethods.compareIntFloat((PyInt) a, fb.v)));
            }
            return notImpl();
        });
    }

    private static PyObject powMod(PyInt base, PyInt exp, PyObject modObj) {
        if (!(modObj instanceof PyInt m)) {
            return notImpl();
        }
        if (m.signum() == 0) {
            throw PyExc.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        BigInteger b = base.bigValue();
        BigInteger e = exp.bigValue();
        if (e.signum() < 0) {
            try {
                b = b.modInverse(mod.abs());
            } catch (ArithmeticException ex) {
                throw PyExc.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = b.modPow(e, mod.abs());
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }

    private static PyObject roundInt(PyInt a, long ndigits) {
        if (ndigits >= 0) {
            return exact(a);
        }
        BigInteger pow = BigInteger.TEN.pow((int) Math.min(-ndigits, 10000));
        BigInteger v = a.bigValue();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    /** a / b correctly rounded to a double (round-half-even), as CPython's long_true_divide. */
    static double bigTrueDiv(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // the quotient scaled by 2^shift to at least 55 bits, with a sticky low bit when inexact
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger[] qr = (shift >= 0 ? a.shiftLeft(shift) : a).divideAndRemainder(shift >= 0 ? b : b.shiftLeft(-shift));
        BigInteger q = qr[0];
        int exponent = q.bitLength() - 1 - shift;
        double d;
        if (exponent >= Double.MIN_EXPONENT) {
            if (qr[1].signum() != 0) {
                q = q.shiftLeft(1).setBit(0);
                shift++;
            }
            d = Math.scalb(q.doubleValue(), -shift);
        } else {
            // subnormal: round to a whole number of 2^-1074 units
            BigInteger[] sub = a.shiftLeft(1074).divideAndRemainder(b);
            BigInteger units = sub[0];
            int half = sub[1].shiftLeft(1).compareTo(b);
            if (half > 0 || (half == 0 && units.testBit(0))) {
                units = units.add(BigInteger.ONE);
            }
            d = units.doubleValue() * Double.MIN_VALUE;
        }
        if (Double.isInfinite(d)) {
            throw PyExc.overflowError("integer division result too large for a float");
        }
        return negative ? -d : d;
    }

    // ---- int(x), int(s, base) ----

    private static PyObject intNew(PyObject unused, PyObject[] args, String[] kw) {
        PyType cls = (PyType) args[0];
        PyObject x = null;
        PyObject base = null;
        int n = args.length - 1 - (kw == null ? 0 : kw.length);
        if (n > 2) {
            throw PyExc.typeError("int() takes at most 2 arguments (%d given)", n);
        }
        if (n >= 1) {
            x = args[1];
        }
        if (n == 2) {
            base = args[2];
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                PyObject v = args[1 + n + i];
                if (kw[i].equals("base")) {
                    base = v;
                } else {
                    throw PyExc.typeError("'%s' is an invalid keyword argument for int()", kw[i]);
                }
            }
        }
        PyInt value = x == null ? PyInt.of(0) : convert(x, base);
        if (cls == PyInt.TYPE) {
            return value;
        }
        return new PyIntSubclass(cls, value);
    }

    static PyInt convert(PyObject x, PyObject base) {
        if (base != null) {
            int b = (int) Abstract.index(base);
            if (x instanceof PyStr s) {
                return parse(s.value, b, s);
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                return parse(BytesMethods.latin1(Abstract.bytesOf(x)), b, x);
            }
            throw PyExc.typeError("int() can't convert non-string with explicit base");
        }
        if (x instanceof PyInt i) {
            return exact(i);
        }
        if (x instanceof PyFloat f) {
            return PyInt.fromDouble(f.v);
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10, s);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView) {
            return parse(BytesMethods.latin1(Abstract.bytesOf(x)), 10, x);
        }
        for (PyStr name : new PyStr[] {Names.__int__, Names.__index__, Names.__trunc__}) {
            PyObject m = x.type().lookup(name);
            if (m != null) {
                PyObject r = Abstract.callPrepended(m, x, new PyObject[0], null);
                if (!(r instanceof PyInt ri)) {
                    throw PyExc.typeError("%s returned non-int (type %s)", name.value, r.type().name);
                }
                return exact(ri);
            }
        }
        throw PyExc.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.type().name);
    }

    /** Parses an int literal the way int(str, base) does, with CPython's error message. */
    static PyInt parse(String text, int base, PyObject original) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyExc.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        boolean neg = false;
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        int b = base;
        if (s.length() >= i + 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            if (s.length() > i + 1 && s.charAt(i) == '0' && s.substring(i).replace("_", "").chars().anyMatch(c -> c != '0')) {
                throw invalid(base, original);
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(base, original);
                }
                lastUnderscore = true;
                continue;
            }
            int dv = Character.digit(c, b);
            if (dv < 0) {
                throw invalid(base, original);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(base, original);
        }
        String ds = digits.toString();
        int limit = PyInt.maxStrDigits();
        if ((b & (b - 1)) != 0 && limit > 0 && ds.length() > limit) {
            throw PyExc.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit, ds.length());
        }
        if (ds.length() <= 18 && b == 10 || ds.length() <= 15) {
            long v = Long.parseLong(ds, b);
            return PyInt.of(neg ? -v : v);
        }
        BigInteger v = new BigInteger(ds, b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static PyException invalid(int base, PyObject original) {
        return PyExc.valueError("invalid literal for int() with base %d: %s", base, Abstract.repr(original).value);
    }
}

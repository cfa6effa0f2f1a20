package org.gilpy.stdlib.math;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * The {@code math} module: C99 floating-point functions with CPython's error rules (a NaN made
 * from a non-NaN argument is "math domain error", an infinity made from finite arguments is
 * "math range error" where the function can overflow), plus the exact integer functions in
 * {@link IntegerMath} and the accurate sums in {@link FloatSums}.
 */
public final class MathModule implements ModuleDef {
    private static final double LN2 = 0.6931471805599453;
    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double RAD_TO_DEG = 180.0 / Math.PI;

    @Override
    public String name() {
        return "math";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        m.put("pi", new PyFloat(Math.PI)).put("e", new PyFloat(Math.E)).put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY)).put("nan", new PyFloat(Double.NaN));

        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "cbrt", Accurate::cbrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", Math::log1p, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", InverseTrig::asin, false);
        unary(m, "acos", InverseTrig::acos, false);
        unary(m, "atan", InverseTrig::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Accurate::cosh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "asinh", Accurate::asinh, false);
        unary(m, "acosh", Accurate::acosh, false);
        unary(m, "atanh", Accurate::atanh, false);
        unary(m, "erf", SpecialFunctions::erf, false);
        unary(m, "erfc", SpecialFunctions::erfc, false);
        m.function("gamma", Builtin.of("gamma", (self, x) -> new PyFloat(SpecialFunctions.gamma(toDouble(x)))));
        m.function("lgamma", Builtin.of("lgamma", (self, x) -> new PyFloat(SpecialFunctions.lgamma(toDouble(x)))));
        m.function("degrees", Builtin.of("degrees", (self, x) -> new PyFloat(toDouble(x) * RAD_TO_DEG)));
        m.function("radians", Builtin.of("radians", (self, x) -> new PyFloat(toDouble(x) * DEG_TO_RAD)));

        binary(m, "atan2", InverseTrig::atan2);
        binary(m, "copysign", Math::copySign);
        binary(m, "fmod", MathModule::fmod);
        binary(m, "remainder", MathModule::remainder);
        binary(m, "pow", MathModule::pow);
        binary(m, "nextafter", Math::nextAfter);
        m.function("ulp", Builtin.of("ulp", (self, x) -> new PyFloat(ulp(toDouble(x)))));

        m.function("log", MathModule::log);
        m.function("log2", Builtin.of("log2", (self, x) -> new PyFloat(logOf(x, Accurate::log2, 1.0))));
        m.function("log10", Builtin.of("log10", (self, x) -> new PyFloat(logOf(x, Accurate::log10, Math.log10(2)))));

        m.function("floor", Builtin.of("floor", (self, x) -> rounded(x, PyStr.intern("__floor__"), Math::floor)));
        m.function("ceil", Builtin.of("ceil", (self, x) -> rounded(x, PyStr.intern("__ceil__"), Math::ceil)));
        m.function("trunc", Builtin.of("trunc", (self, x) -> trunc(x)));
        m.function("modf", Builtin.of("modf", (self, x) -> modf(toDouble(x))));
        m.function("frexp", Builtin.of("frexp", (self, x) -> frexp(toDouble(x))));
        m.function("ldexp", Builtin.of("ldexp", (self, x, i) -> ldexp(toDouble(x), i)));

        m.function("isfinite", Builtin.of("isfinite", (self, x) -> PyBool.of(Double.isFinite(toDouble(x)))));
        m.function("isinf", Builtin.of("isinf", (self, x) -> PyBool.of(Double.isInfinite(toDouble(x)))));
        m.function("isnan", Builtin.of("isnan", (self, x) -> PyBool.of(Double.isNaN(toDouble(x)))));
        m.function("isclose", MathModule::isclose);

        IntegerMath.define(m);
        FloatSums.define(m);
        return m;
    }

    // ---- argument conversion and errors ----

    /** PyFloat_AsDouble as the math functions use it: ints, floats and {@code __float__}/{@code __index__}. */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.v;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        if (o.type().lookup(Names.__float__) != null || o.type().lookup(Names.__index__) != null) {
            return Abstract.asDouble(o);
        }
        throw PyExc.typeError("must be real number, not %s", o.type().name);
    }

    static PyException domainError() {
        return PyExc.valueError("math domain error");
    }

    static PyException rangeError() {
        return PyExc.overflowError("math range error");
    }

    /** CPython's math_1 check of a result r computed from x. */
    static double checked(double r, double x, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.function(name, Builtin.of(name, (self, x) -> {
            double v = toDouble(x);
            return new PyFloat(checked(f.applyAsDouble(v), v, canOverflow));
        }));
    }

    /** Two-argument functions; each applies its own special-value rules, so no generic check. */
    private static void binary(PyModule m, String name, DoubleBinaryOperator f) {
        m.function(name, Builtin.of(name, (self, x, y) -> new PyFloat(f.applyAsDouble(toDouble(x), toDouble(y)))));
    }

    // ---- functions with their own special cases ----

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    private static double remainder(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x) || y == 0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    /** C99 pow with CPython's errors: Java's pow differs on NaN and infinite operands. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1) {
                return 1.0;
            }
            if (y > 0 == Math.abs(x) > 1) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0 ? domainError() : rangeError();
        }
        return r;
    }

    private static double ulp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Math.abs(x);
        }
        return Math.ulp(x);
    }

    /** log(x[, base]); ints too large for a double are measured through their bit length. */
    private static PyObject log(PyObject self, PyObject[] args, String[] kw) {
        Builtin.noKeywords("log", kw);
        Builtin.range("log", args, 1, 2);
        double num = logOf(args[0], Math::log, LN2);
        if (args.length == 1) {
            return new PyFloat(num);
        }
        double den = logOf(args[1], Math::log, LN2);
        if (den == 0) {
            throw PyExc.zeroDivisionError("float division by zero");
        }
        return new PyFloat(num / den);
    }

    /** CPython's loghelper: log2Scale is func(2.0), added once per bit shifted off a huge int. */
    private static double logOf(PyObject x, DoubleUnaryOperator func, double log2Scale) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (i.isBig() && i.big.bitLength() > 1000) {
                BigInteger b = i.big;
                int shift = b.bitLength() - 64;
                double mantissa = b.shiftRight(shift).doubleValue();
                return func.applyAsDouble(mantissa) + shift * log2Scale;
            }
        }
        double v = toDouble(x);
        if (v <= 0) {
            throw domainError();
        }
        return checked(func.applyAsDouble(v), v, false);
    }

    private static PyObject rounded(PyObject x, PyStr special, DoubleUnaryOperator f) {
        if (x.getClass() == PyFloat.class) {
            return PyInt.fromDouble(f.applyAsDouble(((PyFloat) x).v));
        }
        PyObject method = x.type().lookup(special);
        if (method != null) {
            return Abstract.callPrepended(method, x);
        }
        return PyInt.fromDouble(f.applyAsDouble(toDouble(x)));
    }

    private static PyObject trunc(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            double v = ((PyFloat) x).v;
            return PyInt.fromDouble(v < 0 ? Math.ceil(v) : Math.floor(v));
        }
        PyObject method = x.type().lookup(Names.__trunc__);
        if (method == null) {
            throw PyExc.typeError("type %s doesn't define __trunc__ method", x.type().name);
        }
        return Abstract.callPrepended(method, x);
    }

    private static PyObject modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
    }

    private static PyObject frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(new PyFloat(x), PyInt.of(0));
        }
        int bias = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            bias = 54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e - bias));
    }

    private static PyObject ldexp(double x, PyObject expObj) {
        if (!(expObj instanceof PyInt)) {
            throw PyExc.typeError("Expected an int as second argument to ldexp.");
        }
        PyInt exp = (PyInt) expObj;
        if (x == 0 || !Double.isFinite(x)) {
            return new PyFloat(x);
        }
        long e = exp.isBig() ? (exp.signum() > 0 ? 100000 : -100000) : exp.v;
        e = Math.max(-100000, Math.min(100000, e));
        double r = Math.scalb(x, (int) e);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return new PyFloat(r);
    }

    private static PyObject isclose(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("isclose", args, kw, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2,
                null, null, new PyFloat(1e-9), new PyFloat(0.0));
        int positional = args.length - (kw == null ? 0 : kw.length);
        if (positional > 2) {
            throw PyExc.typeError("isclose() takes exactly 2 positional arguments (%d given)", positional);
        }
        double a = toDouble(p[0]);
        double b = toDouble(p[1]);
        double relTol = toDouble(p[2]);
        double absTol = toDouble(p[3]);
        if (relTol < 0 || absTol < 0) {
            throw PyExc.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(b - a);
        return PyBool.of(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
    }
}

package org.gilpy.objects;

import java.util.Arrays;

/** The methods of {@code complex}: construction (numbers and strings), arithmetic as CPython's complexobject.c, format. */
final class ComplexMethods {
    private ComplexMethods() {}

    private static PyComplex c(PyObject o) {
        return (PyComplex) o;
    }

    private interface Op {
        PyComplex apply(PyComplex x, PyComplex y);
    }

    /** An int, float or complex operand as a complex; null for anything else. */
    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyInt || o instanceof PyFloat) {
            return new PyComplex(Abstract.asDouble(o), 0);
        }
        return null;
    }

    static void define(PyType t) {
        t.constructor(ComplexMethods::construct);
        t.getter("real", a -> new PyFloat(c(a).re));
        t.getter("imag", a -> new PyFloat(c(a).im));
        t.method("conjugate", a -> new PyComplex(c(a).re, -c(a).im));
        t.method("__complex__", a -> a.type() == PyComplex.TYPE ? a : new PyComplex(c(a).re, c(a).im));
        t.method("__getnewargs__", a -> PyTuple.of(new PyFloat(c(a).re), new PyFloat(c(a).im)));
        t.method("__abs__", a -> {
            double r = Math.hypot(c(a).re, c(a).im);
            if (Double.isInfinite(r) && Double.isFinite(c(a).re) && Double.isFinite(c(a).im)) {
                throw PyExc.overflowError("absolute value too large");
            }
            return new PyFloat(r);
        });
        t.method("__neg__", a -> new PyComplex(-c(a).re, -c(a).im));
        t.method("__pos__", a -> new PyComplex(c(a).re, c(a).im));
        t.method("__bool__", a -> PyBool.of(c(a).re != 0 || c(a).im != 0));
        t.method("__repr__", a -> PyStr.of(c(a).repr()));
        t.method("__format__", (a, spec) -> PyStr.of(Formatter.formatComplex(c(a).re, c(a).im,
                Abstract.strArg(spec, "format"))));
        t.method("__hash__", a -> {
            long h = PyFloat.hash(c(a).re, a) + 1000003L * PyFloat.hash(c(a).im, a);
            return PyInt.of(h == -1 ? -2 : h);
        });
        t.method("__eq__", (a, b) -> equal(c(a), b, false));
        t.method("__ne__", (a, b) -> equal(c(a), b, true));
        binary(t, "add", (x, y) -> new PyComplex(x.re + y.re, x.im + y.im));
        binary(t, "sub", (x, y) -> new PyComplex(x.re - y.re, x.im - y.im));
        binary(t, "mul", ComplexMethods::prod);
        binary(t, "truediv", (x, y) -> {
            PyComplex q = quot(x, y);
            if (q == null) {
                throw PyExc.zeroDivisionError("complex division by zero");
            }
            return q;
        });
        t.methodVar("__pow__", (a, args, kw) -> pow(a, args, false));
        t.methodVar("__rpow__", (a, args, kw) -> pow(a, args, true));
    }

    private static PyObject equal(PyComplex a, PyObject b, boolean negate) {
        boolean eq;
        if (b instanceof PyComplex y) {
            eq = a.re == y.re && a.im == y.im;
        } else if (b instanceof PyFloat f) {
            eq = a.im == 0 && a.re == f.v;
        } else if (b instanceof PyInt i) {
            eq = a.im == 0 && FloatMethods.compareIntFloat(i, a.re) == 0;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(eq != negate);
    }

    private static void binary(PyType t, String name, Op op) {
        t.method("__" + name + "__", (a, b) -> {
            PyComplex y = coerce(b);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED : op.apply(c(a), y);
        });
        t.method("__r" + name + "__", (a, b) -> {
            PyComplex y = coerce(b);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED : op.apply(y, c(a));
        });
    }

    static PyComplex prod(PyComplex x, PyComplex y) {
        return new PyComplex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
    }

    /** _Py_c_quot (Smith's method); null for division by zero. */
    static PyComplex quot(PyComplex a, PyComplex b) {
        double absRe = Math.abs(b.re);
        double absIm = Math.abs(b.im);
        if (absRe >= absIm) {
            if (absRe == 0.0) {
                return null;
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (absIm >= absRe) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyObject pow(PyObject self, PyObject[] args, boolean reflected) {
        Builtin.range(reflected ? "__rpow__" : "__pow__", args, 1, 2);
        PyComplex other = coerce(args[0]);
        if (other == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (args.length == 2 && args[1] != PyNone.NONE) {
            throw PyExc.valueError("complex modulo");
        }
        return reflected ? power(other, c(self)) : power(c(self), other);
    }

    /** complex_pow: small integral exponents by repeated multiplication, others through polar form. */
    static PyComplex power(PyComplex a, PyComplex b) {
        PyComplex p;
        if (b.im == 0 && b.re == Math.floor(b.re) && Math.abs(b.re) <= 100.0) {
            long n = (long) b.re;
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(new PyComplex(1, 0), powu(a, -n));
                if (p == null) {
                    throw PyExc.zeroDivisionError("0.0 to a negative or complex power");
                }
            }
        } else if (b.re == 0 && b.im == 0) {
            p = new PyComplex(1, 0);
        } else if (a.re == 0 && a.im == 0) {
            if (b.im != 0 || b.re < 0) {
                throw PyExc.zeroDivisionError("0.0 to a negative or complex power");
            }
            p = new PyComplex(0, 0);
        } else {
            double vabs = Math.hypot(a.re, a.im);
            double len = Math.pow(vabs, b.re);
            double at = Math.atan2(a.im, a.re);
            double phase = at * b.re;
            if (b.im != 0.0) {
                len /= Math.exp(at * b.im);
                phase += b.im * Math.log(vabs);
            }
            p = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if ((Double.isInfinite(p.re) || Double.isInfinite(p.im)) && Double.isFinite(a.re) && Double.isFinite(a.im)
                && Double.isFinite(b.re) && Double.isFinite(b.im)) {
            throw PyExc.overflowError("complex exponentiation");
        }
        return p;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            p = prod(p, p);
        }
        return r;
    }

    // ------------------------------------------------------------------ construction

    private static PyObject construct(PyObject unused, PyObject[] args, String[] kw) {
        PyType cls = (PyType) args[0];
        PyObject[] p = ArgParser.parse("complex", Arrays.copyOfRange(args, 1, args.length), kw,
                new String[] {"real", "imag"}, 0, null, null);
        PyObject r = p[0];
        PyObject i = p[1];
        PyComplex value;
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyExc.typeError("complex() can't take second arg if first is a string");
            }
            value = parse(s.value);
        } else if (i instanceof PyStr) {
            throw PyExc.typeError("complex() second arg can't be a string");
        } else {
            // real + imag * 1j, where either part may itself be complex (complex_new_impl)
            PyComplex rc = r == null ? null : complexOrNull(r);
            double re = rc != null ? rc.re : r == null ? 0.0 : realOf(r, "first", "a string or a number");
            double im;
            if (i == null) {
                if (r != null && r.type() == PyComplex.TYPE && cls == PyComplex.TYPE) {
                    return r;
                }
                im = rc != null ? rc.im : 0.0;
            } else {
                if (i instanceof PyComplex ic) {
                    re -= ic.im;
                    im = ic.re;
                } else {
                    im = realOf(i, "second", "a number");
                }
                if (rc != null) {
                    im += rc.im;
                }
            }
            value = new PyComplex(re, im);
        }
        return cls == PyComplex.TYPE ? value : PyComplex.subclass(cls, value.re, value.im);
    }

    /** A complex, or what {@code __complex__} returns; null for other objects. */
    private static PyComplex complexOrNull(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        PyObject m = o.type().lookup(Names.__complex__);
        if (m == null) {
            return null;
        }
        PyObject r = Abstract.callPrepended(m, o);
        if (!(r instanceof PyComplex c)) {
            throw PyExc.typeError("__complex__ returned non-complex (type %s)", r.type().name);
        }
        return c;
    }

    private static double realOf(PyObject o, String which, String expected) {
        if (o instanceof PyInt || o instanceof PyFloat || o.type().lookup(Names.__float__) != null
                || o.type().lookup(Names.__index__) != null) {
            return Abstract.asDouble(o);
        }
        throw PyExc.typeError("complex() %s argument must be %s, not '%s'", which, expected, o.type().name);
    }

    /** complex("1+2j"): optional parentheses and surrounding whitespace, as complex_subtype_from_string. */
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        int[] pos = {0};
        double re = 0;
        double im;
        Double first = parseFloat(s, pos);
        if (first != null) {
            if (pos[0] < s.length() && (s.charAt(pos[0]) == 'j' || s.charAt(pos[0]) == 'J')) {
                pos[0]++;
                im = first;
            } else if (pos[0] < s.length() && (s.charAt(pos[0]) == '+' || s.charAt(pos[0]) == '-')) {
                re = first;
                Double second = parseFloat(s, pos);
                if (second == null) {
                    im = s.charAt(pos[0]) == '-' ? -1.0 : 1.0;
                    pos[0]++;
                } else {
                    im = second;
                }
                if (pos[0] >= s.length() || (s.charAt(pos[0]) != 'j' && s.charAt(pos[0]) != 'J')) {
                    throw malformed();
                }
                pos[0]++;
            } else {
                re = first;
                im = 0;
            }
        } else {
            im = 1.0;
            if (pos[0] < s.length() && (s.charAt(pos[0]) == '+' || s.charAt(pos[0]) == '-')) {
                im = s.charAt(pos[0]) == '-' ? -1.0 : 1.0;
                pos[0]++;
            }
            if (pos[0] >= s.length() || (s.charAt(pos[0]) != 'j' && s.charAt(pos[0]) != 'J')) {
                throw malformed();
            }
            pos[0]++;
        }
        if (pos[0] != s.length()) {
            throw malformed();
        }
        return new PyComplex(re, im);
    }

    private static PyException malformed() {
        return PyExc.valueError("complex() arg is a malformed string");
    }

    /** The longest float literal at s[pos] (sign, digits with underscores, point, exponent, inf, nan), or null. */
    private static Double parseFloat(String s, int[] pos) {
        int i = pos[0];
        int n = s.length();
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (rest.startsWith(word)) {
                pos[0] = i + word.length();
                double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                return s.charAt(start) == '-' ? -v : v;
            }
        }
        int digitsStart = i;
        i = digits(s, i);
        boolean any = i > digitsStart;
        if (i < n && s.charAt(i) == '.') {
            int frac = i + 1;
            int end = digits(s, frac);
            any |= end > frac;
            i = end;
        }
        if (!any) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int end = digits(s, e);
            if (end > e) {
                i = end;
            }
        }
        pos[0] = i;
        return Double.parseDouble(s.substring(start, i).replace("_", ""));
    }

    /** The end of a run of ASCII digits with single underscores between them. */
    private static int digits(String s, int i) {
        int n = s.length();
        int end = i;
        while (end < n && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
            if (end + 1 < n && s.charAt(end) == '_' && s.charAt(end + 1) >= '0' && s.charAt(end + 1) <= '9') {
                end++;
            }
        }
        return end;
    }
}

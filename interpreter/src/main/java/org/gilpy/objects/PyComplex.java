package org.gilpy.objects;

/** {@code complex}: basic arithmetic and CPython's repr. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyBaseObject.TYPE, t -> {
        t.constructor((cls, args, kw) -> {
            Builtin.range("complex", args, 1, 3);
            if (args.length == 2 && args[1] instanceof PyComplex c) {
                return c;
            }
            double re = args.length > 1 ? Abstract.asDouble(args[1]) : 0;
            double im = args.length > 2 ? Abstract.asDouble(args[2]) : 0;
            return new PyComplex(re, im);
        });
        t.getter("real", c -> new PyFloat(((PyComplex) c).re));
        t.getter("imag", c -> new PyFloat(((PyComplex) c).im));
        t.method("conjugate", c -> new PyComplex(((PyComplex) c).re, -((PyComplex) c).im));
        t.method("__abs__", c -> new PyFloat(Math.hypot(((PyComplex) c).re, ((PyComplex) c).im)));
        t.method("__neg__", c -> new PyComplex(-((PyComplex) c).re, -((PyComplex) c).im));
        t.method("__bool__", c -> PyBool.of(((PyComplex) c).re != 0 || ((PyComplex) c).im != 0));
        t.method("__repr__", c -> PyStr.of(((PyComplex) c).repr()));
        t.method("__hash__", c -> PyInt.of(PyFloat.hash(((PyComplex) c).re, c) + 1000003L * PyFloat.hash(((PyComplex) c).im, c)));
        t.method("__eq__", (a, b) -> {
            PyComplex y = coerce(b);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED
                    : PyBool.of(((PyComplex) a).re == y.re && ((PyComplex) a).im == y.im);
        });
        binary(t, "add", (x, y) -> new PyComplex(x.re + y.re, x.im + y.im));
        binary(t, "sub", (x, y) -> new PyComplex(x.re - y.re, x.im - y.im));
        binary(t, "mul", (x, y) -> new PyComplex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re));
        binary(t, "truediv", (x, y) -> {
            double d = y.re * y.re + y.im * y.im;
            if (d == 0) {
                throw PyExc.zeroDivisionError("complex division by zero");
            }
            return new PyComplex((x.re * y.re + x.im * y.im) / d, (x.im * y.re - x.re * y.im) / d);
        });
    });

    public final double re;
    public final double im;

    public PyComplex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private interface Op {
        PyComplex apply(PyComplex x, PyComplex y);
    }

    private static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyInt || o instanceof PyFloat) {
            return new PyComplex(Abstract.asDouble(o), 0);
        }
        return null;
    }

    private static void binary(PyType t, String name, Op op) {
        t.method("__" + name + "__", (a, b) -> {
            PyComplex y = coerce(b);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED : op.apply((PyComplex) a, y);
        });
        t.method("__r" + name + "__", (a, b) -> {
            PyComplex y = coerce(b);
            return y == null ? PyNotImplemented.NOT_IMPLEMENTED : op.apply(y, (PyComplex) a);
        });
    }

    private static String part(double d) {
        String r = PyFloat.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    public String repr() {
        if (re == 0 && 1 / re > 0) {
            return part(im) + "j";
        }
        String imPart = part(im);
        String sign = im < 0 || (im == 0 && 1 / im < 0) || Double.isNaN(im) && imPart.startsWith("-") ? "" : "+";
        return "(" + part(re) + sign + imPart + "j)";
    }
}

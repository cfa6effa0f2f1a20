package org.gilpy.objects;

/** {@code complex}: a pair of doubles and CPython's repr (the methods are in ComplexMethods). */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyBaseObject.TYPE, ComplexMethods::define);

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

    /** An instance of a Python subclass of complex. */
    static PyComplex subclass(PyType type, double re, double im) {
        return new PyComplex(re, im) {
            private final PyDict dict = new PyDict();

            @Override
            public PyType type() {
                return type;
            }

            @Override
            public PyDict getDict() {
                return dict;
            }
        };
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

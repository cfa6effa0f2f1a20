package org.gilpy.objects;

/**
 * How Java implements Python callables. {@link Impl} is the general form (positional args, then
 * keyword values named by kwnames); M0..M3 are fixed-arity forms whose adapters check the
 * argument count with CPython's messages, so most methods are one lambda.
 */
public final class Builtin {
    private Builtin() {}

    /** self is the bound object (a method's receiver, a module function's module), or null. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    @FunctionalInterface
    public interface M0 {
        PyObject call(PyObject self);
    }

    @FunctionalInterface
    public interface M1 {
        PyObject call(PyObject self, PyObject a);
    }

    @FunctionalInterface
    public interface M2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    @FunctionalInterface
    public interface M3 {
        PyObject call(PyObject self, PyObject a, PyObject b, PyObject c);
    }

    public static Impl of(String name, M0 f) {
        return (self, args, kw) -> {
            if (args.length != 0 || kw != null) {
                noKeywords(qualName(name, self), kw);
                throw PyExc.typeError("%s() takes no arguments (%d given)", qualName(name, self), args.length);
            }
            return f.call(self);
        };
    }

    public static Impl of(String name, M1 f) {
        return (self, args, kw) -> {
            noKeywords(qualName(name, self), kw);
            if (args.length != 1) {
                throw PyExc.typeError("%s() takes exactly one argument (%d given)", qualName(name, self), args.length);
            }
            return f.call(self, args[0]);
        };
    }

    public static Impl of(String name, M2 f) {
        return (self, args, kw) -> {
            noKeywords(qualName(name, self), kw);
            exactly(name, args, 2);
            return f.call(self, args[0], args[1]);
        };
    }

    public static Impl of(String name, M3 f) {
        return (self, args, kw) -> {
            noKeywords(qualName(name, self), kw);
            exactly(name, args, 3);
            return f.call(self, args[0], args[1], args[2]);
        };
    }

    /**
     * A builtin's {@code __qualname__} as CPython words its errors: "list.append" for a method
     * (the receiver's class, or the receiver itself when it is a class), the bare name for a
     * module function.
     */
    public static String qualName(String name, PyObject self) {
        if (self == null || self instanceof PyModule) {
            return name;
        }
        PyType owner = self instanceof PyType cls ? cls : self.type();
        return owner.qualname() + "." + name;
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExc.typeError("%s() takes no keyword arguments", name);
        }
    }

    public static void exactly(String name, PyObject[] args, int n) {
        if (args.length != n) {
            throw PyExc.typeError("%s expected %d arguments, got %d", name, n, args.length);
        }
    }

    /** Checks {@code min <= len(args) <= max} with CPython's wording. */
    public static void range(String name, PyObject[] args, int min, int max) {
        if (args.length < min) {
            throw PyExc.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ",
                    min, min == 1 ? "" : "s", args.length);
        }
        if (args.length > max) {
            throw PyExc.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ",
                    max, max == 1 ? "" : "s", args.length);
        }
    }
}

package org.gilpy.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.gilpy.vm.PyFunction;

/**
 * The object protocols ({@code abstract.c} and {@code object.c} in CPython): attribute access,
 * calls, comparisons, arithmetic with reflected operands, iteration, conversions. The eval loop
 * and every builtin go through here; fast paths for the common builtin types come first.
 */
public final class Abstract {
    private Abstract() {}

    public static final int CMP_LT = 0;
    public static final int CMP_LE = 1;
    public static final int CMP_EQ = 2;
    public static final int CMP_NE = 3;
    public static final int CMP_GT = 4;
    public static final int CMP_GE = 5;
    public static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    public static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final PyStr[] CMP_PYNAMES = new PyStr[6];
    private static final int[] CMP_SWAPPED = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

    /** BINARY_OP codes (CPython's NB_*); add NB_INPLACE for the augmented forms. */
    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    public static final int NB_INPLACE = 13;
    public static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    private static final PyStr[] NB_OP = new PyStr[13];
    private static final PyStr[] NB_ROP = new PyStr[13];
    private static final PyStr[] NB_IOP = new PyStr[13];

    static {
        for (int i = 0; i < 6; i++) {
            CMP_PYNAMES[i] = PyStr.intern(CMP_NAMES[i]);
        }
        for (int i = 0; i < 13; i++) {
            NB_OP[i] = PyStr.intern("__" + NB_NAMES[i] + "__");
            NB_ROP[i] = PyStr.intern("__r" + NB_NAMES[i] + "__");
            NB_IOP[i] = PyStr.intern("__i" + NB_NAMES[i] + "__");
        }
    }

    // ------------------------------------------------------------------ attributes

    public static PyStr attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyExc.typeError("attribute name must be string, not '%s'", name.type().name);
        }
        return s.getClass() == PyStr.class ? PyStr.intern(s.value) : PyStr.intern(s.value);
    }

    public static PyObject getAttr(PyObject obj, PyStr name) {
        PyObject r = getAttrOrNull(obj, name);
        if (r == null) {
            throw noAttribute(obj, name);
        }
        return r;
    }

    public static PyException noAttribute(PyObject obj, PyStr name) {
        PyException e;
        if (obj instanceof PyType t) {
            e = PyExc.attributeError("type object '%s' has no attribute '%s'", t.name, name.value);
        } else if (obj instanceof PyModule m) {
            e = PyExc.attributeError("module '%s' has no attribute '%s'", m.name(), name.value);
        } else {
            e = PyExc.attributeError("'%s' object has no attribute '%s'", obj.type().name, name.value);
        }
        e.value.setAttr("name", name);
        e.value.setAttr("obj", obj);
        return e;
    }

    /** getattr without the AttributeError: null when the attribute is absent or its lookup raised AttributeError. */
    public static PyObject lookupAttr(PyObject obj, PyStr name) {
        try {
            return getAttrOrNull(obj, name);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return null;
        }
    }

    /**
     * getattr: null for a plain miss, while an AttributeError raised by a property or by
     * {@code __getattribute__} propagates unless {@code __getattr__} can answer instead.
     */
    private static PyObject getAttrOrNull(PyObject obj, PyStr name) {
        PyType tp = obj.type();
        if (!tp.isHeapType || !tp.hasCustomGetattr()) {
            return obj.getAttribute(name);
        }
        PyObject ga = tp.lookup(Names.__getattribute__);
        PyObject getattr = tp.lookup(Names.__getattr__);
        PyObject r;
        try {
            r = ga == PyBaseObject.GETATTRIBUTE || ga == PyTypeMethods.GETATTRIBUTE ? obj.getAttribute(name)
                    : callPrepended(ga, obj, new PyObject[] {name}, null);
        } catch (PyException e) {
            if (getattr == null || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            r = null;
        }
        if (r == null && getattr != null) {
            r = callPrepended(getattr, obj, new PyObject[] {name}, null);
        }
        return r;
    }

    public static void setAttr(PyObject obj, PyStr name, PyObject value) {
        PyType tp = obj.type();
        if (tp.isHeapType) {
            PyObject sa = tp.lookup(value == null ? Names.__delattr__ : Names.__setattr__);
            if (sa != null && !(sa instanceof PyMethodDescr md && md.owner == PyBaseObject.TYPE)) {
                if (value == null) {
                    callPrepended(sa, obj, new PyObject[] {name}, null);
                } else {
                    callPrepended(sa, obj, new PyObject[] {name, value}, null);
                }
                return;
            }
        }
        obj.setAttribute(name, value);
    }

    public static boolean hasAttr(PyObject obj, PyStr name) {
        return lookupAttr(obj, name) != null;
    }

    // ------------------------------------------------------------------ calls

    public static PyObject call(PyObject callable, PyObject... args) {
        return callable.call(args, null);
    }

    public static PyObject callKw(PyObject callable, PyObject[] args, String[] kwnames) {
        return callable.call(args, kwnames);
    }

    /** Calls an unbound function found on a type with self first: no bound method is made. */
    public static PyObject callPrepended(PyObject callable, PyObject self, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        if (callable instanceof PyMethodDescr md) {
            return md.callWithSelf(self, args, kwnames);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        if (callable.type().isDescriptor && !(callable instanceof PyBuiltinFunction)) {
            PyObject bound = callable.descrGet(self, self.type());
            return bound.call(args, kwnames);
        }
        return callable.call(all, kwnames);
    }

    public static PyObject callPrepended(PyObject callable, PyObject self, PyObject... args) {
        return callPrepended(callable, self, args, null);
    }

    /** obj.name(*args), looking the method up on the type (special-method style). */
    public static PyObject callMethod(PyObject obj, PyStr name, PyObject... args) {
        PyObject m = obj.type().lookup(name);
        if (m == null) {
            throw noAttribute(obj, name);
        }
        return callPrepended(m, obj, args, null);
    }

    /** obj.name(*args) through ordinary attribute lookup (instance attributes included). */
    public static PyObject invoke(PyObject obj, PyStr name, PyObject... args) {
        return getAttr(obj, name).call(args, null);
    }

    public static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o.type().lookup(Names.__call__) != null;
    }

    // ------------------------------------------------------------------ str / repr / format / hash

    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr s && s.getClass() == PyStr.class) {
            return PyStr.of(s.repr());
        }
        if (o instanceof PyInt i && (i.getClass() == PyInt.class)) {
            return PyStr.of(i.repr());
        }
        PyObject m = o.type().lookup(Names.__repr__);
        if (m == null) {
            return PyStr.of(PyBaseObject.defaultRepr(o));
        }
        PyObject r = callPrepended(m, o, new PyObject[0], null);
        if (!(r instanceof PyStr s)) {
            throw PyExc.typeError("__repr__ returned non-string (type %s)", r.type().name);
        }
        return s;
    }

    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && s.getClass() == PyStr.class) {
            return s;
        }
        PyObject m = o.type().lookup(Names.__str__);
        PyObject r = callPrepended(m, o, new PyObject[0], null);
        if (!(r instanceof PyStr s)) {
            throw PyExc.typeError("__str__ returned non-string (type %s)", r.type().name);
        }
        return s;
    }

    public static PyStr ascii(PyObject o) {
        String r = repr(o).value;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < r.length()) {
                sb.append(String.format("\\U%08x", r.codePointAt(i)));
                i++;
            } else if (c < 256) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return PyStr.of(sb.toString());
    }

    public static PyStr format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            // format(x, '') is str(x) for the exact builtin types (an f-string's common case)
            if (value instanceof PyStr s && s.getClass() == PyStr.class) {
                return s;
            }
            if (value instanceof PyInt i && i.getClass() == PyInt.class) {
                return PyStr.of(i.repr());
            }
            if (value instanceof PyFloat f && f.getClass() == PyFloat.class) {
                return PyStr.of(PyFloat.repr(f.v));
            }
        }
        PyObject r = callMethod(value, Names.__format__, PyStr.of(spec));
        if (!(r instanceof PyStr s)) {
            throw PyExc.typeError("__format__ must return a str, not %s", r.type().name);
        }
        return s;
    }

    public static String strArg(PyObject o, String fn) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyExc.typeError("%s() argument must be str, not %s", fn, o.type().name);
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s) {
            return s.pyHash();
        }
        if (o instanceof PyInt i && !i.type().isHeapType) {
            return i.pyHash();
        }
        if (o instanceof PyFloat f && !f.type().isHeapType) {
            return PyFloat.hash(f.v, f);
        }
        if (o instanceof PyTuple t && !t.type().isHeapType) {
            return t.pyHash();
        }
        PyObject m = o.type().lookup(Names.__hash__);
        if (m == null || m == PyNone.NONE) {
            throw PyExc.typeError("unhashable type: '%s'", o.type().name);
        }
        PyObject r = callPrepended(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt ri)) {
            throw PyExc.typeError("__hash__ method should return an integer");
        }
        return ri.big == null ? (ri.v == -1 ? -2 : ri.v) : ri.pyHash();
    }

    public static String address(PyObject o) {
        return String.format("0x%012x", o.id());
    }

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Guards container reprs against self-reference; false when o is already being printed. */
    public static boolean reprEnter(PyObject o) {
        return REPR_STACK.get().put(o, Boolean.TRUE) == null;
    }

    public static void reprLeave(PyObject o) {
        REPR_STACK.get().remove(o);
    }

    // ------------------------------------------------------------------ truth, comparison

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType tp = o.type();
        PyObject m = tp.lookup(Names.__bool__);
        if (m != null) {
            PyObject r = callPrepended(m, o, new PyObject[0], null);
            if (!(r instanceof PyBool)) {
                throw PyExc.typeError("__bool__ should return bool, returned %s", r.type().name);
            }
            return r == PyBool.TRUE;
        }
        m = tp.lookup(Names.__len__);
        if (m != null) {
            return lenOf(o, m) != 0;
        }
        return true;
    }

    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.getClass() == PyInt.class && y.getClass() == PyInt.class) {
            int c = PyInt.compare(x, y);
            return PyBool.of(cmpResult(c, op));
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && !x.type().isHeapType && !y.type().isHeapType
                && !Double.isNaN(x.v) && !Double.isNaN(y.v)) {
            return PyBool.of(cmpResult(Double.compare(x.v == 0 ? 0.0 : x.v, y.v == 0 ? 0.0 : y.v), op));
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.getClass() == PyStr.class && y.getClass() == PyStr.class) {
            return PyBool.of(cmpResult(PyStr.compare(x.value, y.value), op));
        }
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject rm = tb.lookup(CMP_PYNAMES[CMP_SWAPPED[op]]);
            if (rm != null) {
                checkedReverse = true;
                PyObject r = callPrepended(rm, b, new PyObject[] {a}, null);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject m = ta.lookup(CMP_PYNAMES[op]);
        if (m != null) {
            PyObject r = callPrepended(m, a, new PyObject[] {b}, null);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject rm = tb.lookup(CMP_PYNAMES[CMP_SWAPPED[op]]);
            if (rm != null) {
                PyObject r = callPrepended(rm, b, new PyObject[] {a}, null);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == CMP_EQ) {
            return PyBool.of(a == b);
        }
        if (op == CMP_NE) {
            return PyBool.of(a != b);
        }
        throw PyExc.typeError("'%s' not supported between instances of '%s' and '%s'", CMP_SYMBOLS[op], ta.name,
                tb.name);
    }

    private static boolean cmpResult(int c, int op) {
        return switch (op) {
            case CMP_LT -> c < 0;
            case CMP_LE -> c <= 0;
            case CMP_EQ -> c == 0;
            case CMP_NE -> c != 0;
            case CMP_GT -> c > 0;
            default -> c >= 0;
        };
    }

    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return richCompare(a, b, CMP_EQ).isTrue();
    }

    public static boolean lessThan(PyObject a, PyObject b) {
        return richCompare(a, b, CMP_LT).isTrue();
    }

    // ------------------------------------------------------------------ arithmetic

    /** a op b for a BINARY_OP code (in-place codes try __iop__ first). */
    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.getClass() == PyInt.class && y.getClass() == PyInt.class) {
            switch (op % NB_INPLACE) {
                case NB_ADD: return PyInt.add(x, y);
                case NB_SUBTRACT: return PyInt.sub(x, y);
                case NB_MULTIPLY: return PyInt.mul(x, y);
                case NB_FLOOR_DIVIDE: return PyInt.floorDiv(x, y);
                case NB_REMAINDER: return PyInt.mod(x, y);
                case NB_TRUE_DIVIDE: return PyInt.trueDiv(x, y);
                case NB_POWER: return PyInt.pow(x, y);
                case NB_AND: return PyInt.and(x, y);
                case NB_OR: return PyInt.or(x, y);
                case NB_XOR: return PyInt.xor(x, y);
                case NB_LSHIFT: return PyInt.lshift(x, y);
                case NB_RSHIFT: return PyInt.rshift(x, y);
                default: break;
            }
        }
        if (a instanceof PyFloat x && x.getClass() == PyFloat.class) {
            double y;
            if (b instanceof PyFloat fb && fb.getClass() == PyFloat.class) {
                y = fb.v;
            } else if (b instanceof PyInt ib && ib.getClass() == PyInt.class) {
                y = ib.doubleValue();
            } else {
                return slowBinaryOp(a, b, op);
            }
            switch (op % NB_INPLACE) {
                case NB_ADD: return new PyFloat(x.v + y);
                case NB_SUBTRACT: return new PyFloat(x.v - y);
                case NB_MULTIPLY: return new PyFloat(x.v * y);
                case NB_TRUE_DIVIDE: return new PyFloat(FloatMethods.div(x.v, y));
                default: break;
            }
        }
        if (a instanceof PyStr x && b instanceof PyStr y && op % NB_INPLACE == NB_ADD && x.getClass() == PyStr.class
                && y.getClass() == PyStr.class) {
            return PyStr.of(x.value.concat(y.value));
        }
        return slowBinaryOp(a, b, op);
    }

    private static PyObject slowBinaryOp(PyObject a, PyObject b, int op) {
        if (op >= NB_INPLACE) {
            int base = op - NB_INPLACE;
            PyObject im = a.type().lookup(NB_IOP[base]);
            if (im != null) {
                PyObject r = callPrepended(im, a, new PyObject[] {b}, null);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            return binaryOp1(a, b, base, NB_SYMBOLS[base] + "=");
        }
        return binaryOp1(a, b, op, NB_SYMBOLS[op]);
    }

    private static PyObject binaryOp1(PyObject a, PyObject b, int op, String symbol) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject m = ta.lookup(NB_OP[op]);
        PyObject rm = ta == tb ? null : tb.lookup(NB_ROP[op]);
        if (rm != null && tb.isSubtypeOf(ta) && rm != ta.lookup(NB_ROP[op])) {
            PyObject r = callPrepended(rm, b, new PyObject[] {a}, null);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            rm = null;
        }
        if (m != null) {
            PyObject r = callPrepended(m, a, new PyObject[] {b}, null);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (rm != null) {
            PyObject r = callPrepended(rm, b, new PyObject[] {a}, null);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == NB_ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes
                || a instanceof PyByteArray)) {
            String kind = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : a instanceof PyTuple ? "tuple" : "bytes";
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                throw PyExc.typeError("can't concat %s to %s", tb.name, a instanceof PyBytes ? "bytes" : "bytearray");
            }
            throw PyExc.typeError("can only concatenate %s (not \"%s\") to %s", kind, tb.name, kind);
        }
        if (op == NB_MULTIPLY && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            throw PyExc.typeError("can't multiply sequence by non-int of type '%s'", other.type().name);
        }
        if (op == NB_POWER) {
            throw PyExc.typeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.name, tb.name);
        }
        throw PyExc.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, ta.name, tb.name);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    public static PyObject negative(PyObject o) {
        if (o instanceof PyInt i && i.getClass() == PyInt.class) {
            return PyInt.neg(i);
        }
        if (o instanceof PyFloat f && f.getClass() == PyFloat.class) {
            return new PyFloat(-f.v);
        }
        return unary(o, Names.__neg__, "unary -");
    }

    public static PyObject positive(PyObject o) {
        return unary(o, Names.__pos__, "unary +");
    }

    public static PyObject invert(PyObject o) {
        return unary(o, Names.__invert__, "unary ~");
    }

    private static PyObject unary(PyObject o, PyStr name, String what) {
        PyObject m = o.type().lookup(name);
        if (m == null) {
            throw PyExc.typeError("bad operand type for %s: '%s'", what, o.type().name);
        }
        return callPrepended(m, o, new PyObject[0], null);
    }

    /** operator.index(): the int value of an object with {@code __index__}. */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) {
            return i.longValue();
        }
        return indexInt(o).longValue();
    }

    public static PyInt indexInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type().lookup(Names.__index__);
        if (m == null) {
            throw PyExc.typeError("'%s' object cannot be interpreted as an integer", o.type().name);
        }
        PyObject r = callPrepended(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt ri)) {
            throw PyExc.typeError("__index__ returned non-int (type %s)", r.type().name);
        }
        return ri;
    }

    public static double asDouble(PyObject o) {
        return FloatMethods.toDouble(o);
    }

    // ------------------------------------------------------------------ containers

    /** len(o) for Java-sized containers: an int, with OverflowError beyond that. */
    public static int len(PyObject o) {
        if (o instanceof PyList l) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        long n = size(o);
        if (n > Integer.MAX_VALUE) {
            throw PyExc.overflowError("Python int too large to convert to C int");
        }
        return (int) n;
    }

    /** PyObject_Size: what the builtin len() returns, up to a C ssize_t. */
    public static long size(PyObject o) {
        if (o instanceof PyList l) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyDict d && d.getClass() == PyDict.class) {
            return d.size();
        }
        PyObject m = o.type().lookup(Names.__len__);
        if (m == null) {
            throw PyExc.typeError("object of type '%s' has no len()", o.type().name);
        }
        return lenOf(o, m);
    }

    private static long lenOf(PyObject o, PyObject m) {
        PyObject r = callPrepended(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt ri)) {
            throw PyExc.typeError("'%s' object cannot be interpreted as an integer", r.type().name);
        }
        if (ri.signum() < 0) {
            throw PyExc.valueError("__len__() should return >= 0");
        }
        if (ri.big != null) {
            throw PyExc.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return ri.v;
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        if (o instanceof PyList l && key instanceof PyInt ki && ki.big == null && l.getClass() == PyList.class) {
            long i = ki.v < 0 ? ki.v + l.size : ki.v;
            if (i >= 0 && i < l.size) {
                return l.items[(int) i];
            }
            throw PyExc.indexError("list index out of range");
        }
        if (o instanceof PyDict d && d.getClass() == PyDict.class) {
            PyObject v = d.getItem(key);
            if (v == null) {
                throw PyExc.keyError(key);
            }
            return v;
        }
        if (o instanceof PyTuple t && key instanceof PyInt ki && ki.big == null) {
            long i = ki.v < 0 ? ki.v + t.items.length : ki.v;
            if (i >= 0 && i < t.items.length) {
                return t.items[(int) i];
            }
            throw PyExc.indexError("tuple index out of range");
        }
        PyObject m = o.type().lookup(Names.__getitem__);
        if (m == null) {
            if (o instanceof PyType t) {
                PyObject cg = lookupAttr(t, Names.__class_getitem__);
                if (cg != null) {
                    return call(cg, key);
                }
                throw PyExc.typeError("type '%s' is not subscriptable", t.name);
            }
            throw PyExc.typeError("'%s' object is not subscriptable", o.type().name);
        }
        return callPrepended(m, o, new PyObject[] {key}, null);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyList l && key instanceof PyInt ki && ki.big == null && l.getClass() == PyList.class) {
            long i = ki.v < 0 ? ki.v + l.size : ki.v;
            if (i >= 0 && i < l.size) {
                l.items[(int) i] = value;
                return;
            }
            throw PyExc.indexError("list assignment index out of range");
        }
        if (o instanceof PyDict d && d.getClass() == PyDict.class) {
            d.setItem(key, value);
            return;
        }
        PyObject m = o.type().lookup(Names.__setitem__);
        if (m == null) {
            throw PyExc.typeError("'%s' object does not support item assignment", o.type().name);
        }
        callPrepended(m, o, new PyObject[] {key, value}, null);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject m = o.type().lookup(Names.__delitem__);
        if (m == null) {
            throw PyExc.typeError("'%s' object does not support item deletion", o.type().name);
        }
        callPrepended(m, o, new PyObject[] {key}, null);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyDict d && d.getClass() == PyDict.class) {
            return d.contains(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        PyObject m = container.type().lookup(Names.__contains__);
        if (m != null) {
            return callPrepended(m, container, new PyObject[] {item}, null).isTrue();
        }
        PyType ct = container.type();
        PyObject iterMethod = ct.lookup(Names.__iter__);
        if ((iterMethod == null || iterMethod == PyNone.NONE) && ct.lookup(Names.__getitem__) == null) {
            throw PyExc.typeError("argument of type '%s' is not iterable", ct.name);
        }
        PyObject it = iter(container);
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (x == item || eqBool(x, item)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().lookup(Names.keys) != null && o.type().lookup(Names.__getitem__) != null;
    }

    // ------------------------------------------------------------------ iteration

    public static PyObject iter(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            if (o.getClass() == PyList.class || o.getClass() == PyTuple.class) {
                return new PySeqIter(o);
            }
        }
        PyObject m = o.type().lookup(Names.__iter__);
        if (m == null || m == PyNone.NONE) {
            if (m == null && o.type().lookup(Names.__getitem__) != null) {
                return new PySeqIter(o);
            }
            throw PyExc.typeError("'%s' object is not iterable", o.type().name);
        }
        PyObject it = callPrepended(m, o, new PyObject[0], null);
        if (!(it instanceof PyIterator) && it.type().lookup(Names.__next__) == null) {
            throw PyExc.typeError("iter() returned non-iterator of type '%s'", it.type().name);
        }
        return it;
    }

    /** The next item from an iterator, or null when it is exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        PyObject m = it.type().lookup(Names.__next__);
        if (m == null) {
            throw PyExc.typeError("'%s' object is not an iterator", it.type().name);
        }
        try {
            return callPrepended(m, it, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable as a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.copyItems();
        }
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(iterable);
        for (PyObject x = next(it); x != null; x = next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.toBytes();
        }
        throw PyExc.typeError("a bytes-like object is required, not '%s'", o.type().name);
    }

    // ------------------------------------------------------------------ types

    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type().isSubtypeOf(t)) {
                return true;
            }
            if (t.type() != PyType.TYPE) {
                PyObject check = t.type().lookup(Names.__instancecheck__);
                if (check != null) {
                    return callPrepended(check, t, new PyObject[] {o}, null).isTrue();
                }
            }
            return false;
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type().lookup(Names.__instancecheck__);
        if (check != null) {
            return callPrepended(check, cls, new PyObject[] {o}, null).isTrue();
        }
        throw PyExc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t) || t.type() != PyType.TYPE) {
            PyObject check = cls.type().lookup(Names.__subclasscheck__);
            if (check != null) {
                return callPrepended(check, cls, new PyObject[] {sub}, null).isTrue();
            }
        }
        if (!(sub instanceof PyType s)) {
            throw PyExc.typeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType t)) {
            throw PyExc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return s.isSubtypeOf(t);
    }

    /** dir(obj): sorted names from the instance dict and the class hierarchy. */
    public static PyList dir(PyObject o) {
        PySet names = new PySet(false);
        PyDict d = o.getDict();
        if (d != null && !(o instanceof PyType)) {
            for (PyObject k : d.keyList()) {
                names.add(k);
            }
        }
        PyType[] mro = o instanceof PyType t ? t.mro() : o.type().mro();
        for (PyType t : mro) {
            for (PyObject k : t.getDict().keyList()) {
                names.add(k);
            }
        }
        if (o instanceof PyModule m) {
            names = new PySet(false);
            for (PyObject k : m.getDict().keyList()) {
                names.add(k);
            }
        }
        PyList l = new PyList(names.toArray());
        ListMethods.sort(l, PyNone.NONE, false);
        return l;
    }
}

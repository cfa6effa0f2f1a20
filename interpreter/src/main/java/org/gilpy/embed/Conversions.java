package org.gilpy.embed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * Values between Java and Python, both ways: null and None, Boolean and bool, Integer, Long,
 * Short, Byte and BigInteger and int, Double and Float and float, String and Character and str,
 * byte[] and bytes, List and list (tuples come out as lists), Map and dict, Set and set. Containers
 * are copied, element by element. A Java object of any other class goes into Python as itself (a
 * {@link JavaObject} whose public methods Python can call) and comes back out unchanged; a Python
 * object of any other type comes out as a {@link PythonObject} handle and goes back in unchanged.
 * Call with the GIL held.
 */
final class Conversions {
    /** What {@link #convert} returns when the value does not fit the Java type asked for. */
    static final Object NO_MATCH = new Object();

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final PythonInterpreter owner;

    Conversions(PythonInterpreter owner) {
        this.owner = owner;
    }

    PyObject toPython(Object o) {
        if (o == null) {
            return PyNone.NONE;
        }
        if (o instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (o instanceof Double || o instanceof Float) {
            return new PyFloat(((Number) o).doubleValue());
        }
        if (o instanceof String s) {
            return PyStr.of(s);
        }
        if (o instanceof Character c) {
            return PyStr.of(c.toString());
        }
        if (o instanceof byte[] b) {
            return new PyBytes(b.clone());
        }
        if (o instanceof List<?> list) {
            PyObject[] items = new PyObject[list.size()];
            int i = 0;
            for (Object item : list) {
                items[i++] = toPython(item);
            }
            return new PyList(items);
        }
        if (o instanceof Map<?, ?> map) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                d.setItem(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        if (o instanceof Set<?> set) {
            PySet s = new PySet(false);
            for (Object item : set) {
                s.add(toPython(item));
            }
            return s;
        }
        if (o instanceof PythonObject p) {
            return owner.unwrap(p);
        }
        return new JavaObject(o, this);
    }

    PyObject[] toPython(Object[] args) {
        PyObject[] out = new PyObject[args == null ? 0 : args.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = toPython(args[i]);
        }
        return out;
    }

    /** The natural Java value of o: an int as the smallest of Integer, Long and BigInteger that holds it. */
    Object toJava(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return integer((PyInt) o);
        }
        if (c == PyFloat.class) {
            return ((PyFloat) o).v;
        }
        if (c == PyStr.class) {
            return ((PyStr) o).value;
        }
        if (c == PyBytes.class) {
            return ((PyBytes) o).bytes.clone();
        }
        if (c == PyList.class || c == PyTuple.class) {
            return list(o);
        }
        if (c == PyDict.class) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) o).entries()) {
                map.put(toJava(e.getKey()), toJava(e.getValue()));
            }
            return map;
        }
        if (c == PySet.class) {
            Set<Object> set = new LinkedHashSet<>();
            for (PyObject item : ((PySet) o).toArray()) {
                set.add(toJava(item));
            }
            return set;
        }
        if (o instanceof JavaObject j) {
            return j.target;
        }
        return new PythonObject(owner, o);
    }

    private List<Object> list(PyObject o) {
        PyObject[] items = o instanceof PyTuple t ? t.items : ((PyList) o).toArray();
        List<Object> list = new ArrayList<>(items.length);
        for (PyObject item : items) {
            list.add(toJava(item));
        }
        return list;
    }

    private static Object integer(PyInt i) {
        if (i.big == null) {
            return i.v == (int) i.v ? (Object) (int) i.v : (Object) i.v;
        }
        return i.big;
    }

    /** o as an instance of type; ClassCastException naming both when it does not fit. */
    <T> T toJava(PyObject o, Class<T> type) {
        Object v = convert(o, type);
        if (v == NO_MATCH) {
            throw new ClassCastException("cannot convert a Python '" + o.type().name + "' to " + type.getName());
        }
        @SuppressWarnings("unchecked")
        T t = (T) (type.isPrimitive() ? v : type.cast(v));
        return t;
    }

    /** o as a value of the Java type target (a method parameter), or NO_MATCH. */
    Object convert(PyObject o, Class<?> target) {
        if (target == Object.class) {
            return toJava(o);
        }
        if (target == PythonObject.class) {
            return o instanceof JavaObject ? NO_MATCH : new PythonObject(owner, o);
        }
        if (o == PyNone.NONE) {
            return target.isPrimitive() ? NO_MATCH : null;
        }
        if (o instanceof JavaObject j) {
            return boxed(target).isInstance(j.target) ? j.target : NO_MATCH;
        }
        if (target == boolean.class || target == Boolean.class) {
            return o instanceof PyBool b ? (Object) (b == PyBool.TRUE) : NO_MATCH;
        }
        if (o instanceof PyInt i && !(o instanceof PyBool)) {
            return integerAs(i, target);
        }
        if (o instanceof PyFloat f) {
            return target == double.class || target == Double.class ? (Object) f.v
                    : target == float.class || target == Float.class ? (Object) (float) f.v : NO_MATCH;
        }
        if (o instanceof PyStr s) {
            if (target.isAssignableFrom(String.class)) {
                return s.value;
            }
            return (target == char.class || target == Character.class) && s.value.length() == 1
                    ? (Object) s.value.charAt(0) : NO_MATCH;
        }
        Object natural = toJava(o);
        return boxed(target).isInstance(natural) ? natural : NO_MATCH;
    }

    private static Object integerAs(PyInt i, Class<?> target) {
        BigInteger b = i.bigValue();
        if (target == int.class || target == Integer.class) {
            return b.compareTo(INT_MIN) >= 0 && b.compareTo(INT_MAX) <= 0 ? (Object) b.intValue() : NO_MATCH;
        }
        if (target == long.class || target == Long.class) {
            return i.big == null ? (Object) i.v : NO_MATCH;
        }
        if (target == short.class || target == Short.class) {
            return i.big == null && i.v == (short) i.v ? (Object) (short) i.v : NO_MATCH;
        }
        if (target == byte.class || target == Byte.class) {
            return i.big == null && i.v == (byte) i.v ? (Object) (byte) i.v : NO_MATCH;
        }
        if (target == double.class || target == Double.class) {
            return b.doubleValue();
        }
        if (target == float.class || target == Float.class) {
            return b.floatValue();
        }
        if (target.isAssignableFrom(BigInteger.class)) {
            return target == Object.class || target == Number.class ? integer(i) : b;
        }
        return NO_MATCH;
    }

    static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == int.class ? Integer.class : c == long.class ? Long.class : c == double.class ? Double.class
                : c == boolean.class ? Boolean.class : c == float.class ? Float.class : c == short.class ? Short.class
                : c == byte.class ? Byte.class : c == char.class ? Character.class : Void.class;
    }
}

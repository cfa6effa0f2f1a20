package org.gilpy.embed;

import java.util.Arrays;
import java.util.Map;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * A Python object held by Java: a function, a class, an instance, anything without a Java
 * counterpart in {@link Conversions}. Every method enters the interpreter (taking the GIL), so a
 * handle may be used from any Java thread. Passed back into Python it is the same object again.
 * Two handles are equal when they hold the same object ({@code is}).
 */
public final class PythonObject {
    private final PythonInterpreter owner;
    final PyObject value;

    PythonObject(PythonInterpreter owner, PyObject value) {
        this.owner = owner;
        this.value = value;
    }

    /** The interpreter the object lives in. */
    public PythonInterpreter interpreter() {
        return owner;
    }

    /** Calls the object ({@code obj(*args)}) and converts the result. */
    public Object call(Object... args) {
        return owner.enter(conv -> conv.toJava(Abstract.call(value, conv.toPython(args))));
    }

    /** Calls the object with keyword arguments too ({@code obj(*args, **kwargs)}), in the map's order. */
    public Object callWithKeywords(Map<String, ?> kwargs, Object... args) {
        return owner.enter(conv -> {
            PyObject[] positional = conv.toPython(args);
            PyObject[] all = Arrays.copyOf(positional, positional.length + kwargs.size());
            String[] names = new String[kwargs.size()];
            int i = 0;
            for (Map.Entry<String, ?> e : kwargs.entrySet()) {
                names[i] = e.getKey();
                all[positional.length + i++] = conv.toPython(e.getValue());
            }
            return conv.toJava(Abstract.callKw(value, all, names));
        });
    }

    /** Calls a method ({@code obj.name(*args)}) and converts the result. */
    public Object invoke(String name, Object... args) {
        return owner.enter(conv -> conv.toJava(Abstract.callMethod(value, PyStr.of(name), conv.toPython(args))));
    }

    /** {@code obj.name}, converted. */
    public Object getAttr(String name) {
        return owner.enter(conv -> conv.toJava(Abstract.getAttr(value, PyStr.of(name))));
    }

    /** {@code hasattr(obj, name)}. */
    public boolean hasAttr(String name) {
        return owner.enter(conv -> Abstract.lookupAttr(value, PyStr.of(name)) != null);
    }

    /** {@code obj.name = v}. */
    public void setAttr(String name, Object v) {
        owner.enter(conv -> {
            Abstract.setAttr(value, PyStr.of(name), conv.toPython(v));
            return null;
        });
    }

    /** The object as an instance of type (see {@link PythonInterpreter#eval(String, Class)}). */
    public <T> T as(Class<T> type) {
        return owner.enter(conv -> conv.toJava(value, type));
    }

    /** The name of the object's Python type, e.g. {@code function}. */
    public String typeName() {
        return value.type().name;
    }

    /** {@code str(obj)}; if that fails (or the interpreter is closed), {@code <TYPE object>}. */
    @Override
    public String toString() {
        try {
            return owner.enter(conv -> Abstract.str(value).value);
        } catch (PythonException | IllegalStateException e) {
            return "<" + typeName() + " object>";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PythonObject p && p.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}

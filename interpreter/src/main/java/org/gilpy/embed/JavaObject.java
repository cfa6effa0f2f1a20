package org.gilpy.embed;

import java.util.List;
import java.lang.reflect.Method;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBuiltinFunction;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * A Java object handed to Python as itself ({@code java_object}): Python calls its public
 * instance methods by name ({@code counter.add(2)}), with arguments and results converted as
 * {@link Conversions} says. {@code str()} is its {@code toString()}, {@code ==} its
 * {@code equals}, {@code hash()} its {@code hashCode()}. The methods run holding the GIL, as a C
 * extension's functions do in CPython.
 */
final class JavaObject extends PyObject {
    static final PyType TYPE = PyType.builtin("java_object", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("gilpy"));
        t.method("__repr__", self -> PyStr.of("<java object " + ((JavaObject) self).target.getClass().getName() + ">"));
        t.method("__str__", self -> PyStr.of(JavaMethods.guarded(() -> String.valueOf(((JavaObject) self).target))));
        t.method("__eq__", (self, other) -> other instanceof JavaObject o
                ? PyBool.of(JavaMethods.guarded(() -> ((JavaObject) self).target.equals(o.target)))
                : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", self -> PyInt.of(JavaMethods.guarded(() -> ((JavaObject) self).target.hashCode())));
    });

    final Object target;
    private final Conversions conversions;

    JavaObject(Object target, Conversions conversions) {
        this.target = target;
        this.conversions = conversions;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The type's attributes first ({@code __class__}, {@code __str__}), then the object's public methods. */
    @Override
    public PyObject getAttribute(PyStr name) {
        PyObject found = super.getAttribute(name);
        if (found != null) {
            return found;
        }
        List<Method> overloads = JavaMethods.named(target.getClass(), name.value);
        if (overloads.isEmpty()) {
            return null;
        }
        return new PyBuiltinFunction(name.value,
                (self, args, kwnames) -> JavaMethods.invoke(conversions, target, name.value, overloads, args, kwnames),
                this);
    }
}

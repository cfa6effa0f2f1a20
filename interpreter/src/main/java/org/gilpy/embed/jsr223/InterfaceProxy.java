package org.gilpy.embed.jsr223;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.gilpy.embed.PythonObject;

/**
 * {@code Invocable.getInterface}: a Java interface implemented by Python callables, each
 * abstract method by the callable of the same name (a global function, or an object's method).
 */
final class InterfaceProxy {
    private InterfaceProxy() {}

    /** The implementation, or null when some method has no Python callable of its name. */
    static <T> T of(Class<T> type, Function<String, Object> lookup) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !(lookup.apply(m.getName()) instanceof PythonObject)) {
                return null;
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "Python implementation of " + type.getName();
                };
            }
            PythonObject callable = (PythonObject) lookup.apply(m.getName());
            return coerce(callable.call(args == null ? new Object[0] : args), m.getReturnType());
        });
        return type.cast(proxy);
    }

    /** A converted result as the method's return type (a Python int may come back as an Integer where a long is due). */
    private static Object coerce(Object v, Class<?> type) {
        if (type == void.class) {
            return null;
        }
        if (v instanceof Number n) {
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
        }
        return v;
    }
}

package org.gilpy.embed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.ThreadState;

/**
 * Calling a Java object's public methods from Python: finding them (on the public classes and
 * interfaces the object's class extends, so {@code List.of(1).size()} works although its class is
 * private), choosing among overloads by the arguments, and turning what a Java method throws into
 * a Python exception.
 *
 * <p>{@code getClass}, {@code wait} and {@code notify} are not offered: a script gets the methods
 * of the objects it is given, not a way into reflection.
 */
final class JavaMethods {
    private JavaMethods() {}

    private static final Set<String> HIDDEN = Set.of("getClass", "wait", "notify", "notifyAll");

    private static final ClassValue<Map<String, List<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, List<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The public instance methods of type called name, one per signature. */
    static List<Method> named(Class<?> type, String name) {
        if (HIDDEN.contains(name)) {
            return List.of();
        }
        return METHODS.get(type).computeIfAbsent(name, n -> find(type, n));
    }

    private static List<Method> find(Class<?> type, String name) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (Modifier.isPublic(c.getModifiers()) && c.getModule().isExported(c.getPackageName())) {
                for (Method m : c.getMethods()) {
                    if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())
                            && Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                        bySignature.putIfAbsent(Arrays.toString(m.getParameterTypes()), m);
                    }
                }
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(List.of(c.getInterfaces()));
        }
        return List.copyOf(bySignature.values());
    }

    /** Calls the overload of name that best fits args, converting them and the result. */
    static PyObject invoke(Conversions conv, Object target, String name, List<Method> overloads, PyObject[] args,
            String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExc.typeError("%s() takes no keyword arguments (a Java method)", name);
        }
        Method best = null;
        Object[] bestArgs = null;
        int bestScore = Integer.MAX_VALUE;
        for (Method m : overloads) {
            Class<?>[] params = m.getParameterTypes();
            if (params.length != args.length) {
                continue;
            }
            Object[] converted = new Object[args.length];
            int score = 0;
            for (int i = 0; i < args.length && score < Integer.MAX_VALUE; i++) {
                converted[i] = conv.convert(args[i], params[i]);
                score = converted[i] == Conversions.NO_MATCH ? Integer.MAX_VALUE : score + distance(args[i], params[i]);
            }
            if (score < bestScore) {
                best = m;
                bestArgs = converted;
                bestScore = score;
            }
        }
        if (best == null) {
            String given = Arrays.stream(args).map(a -> a.type().name).collect(Collectors.joining(", "));
            throw PyExc.typeError("no public method %s.%s() of %d argument%s takes (%s)",
                    target.getClass().getSimpleName(), name, args.length, args.length == 1 ? "" : "s", given);
        }
        Method chosen = best;
        Object[] javaArgs = bestArgs;
        Object result = guarded(() -> {
            try {
                return chosen.invoke(target, javaArgs);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new WrappedChecked(e.getCause());
            }
        });
        return chosen.getReturnType() == void.class ? PyNone.NONE : conv.toPython(result);
    }

    /** How loosely a Python value fits a parameter type: 0 for its own Java type, 2 for Object. */
    private static int distance(PyObject arg, Class<?> param) {
        Class<?> p = Conversions.boxed(param);
        if (p == Object.class) {
            return 2;
        }
        boolean own = arg instanceof PyBool ? p == Boolean.class
                : arg instanceof PyInt ? p == Integer.class || p == Long.class
                : arg instanceof PyFloat ? p == Double.class
                : arg instanceof PyStr ? p == String.class
                : !(arg instanceof JavaObject j) || p == j.target.getClass();
        return own ? 0 : 1;
    }

    /** A checked exception thrown by a Java method, carried to {@link #guarded}. */
    private static final class WrappedChecked extends RuntimeException {
        WrappedChecked(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Runs Java code called from Python: a PythonException from this interpreter raises the
     * original Python exception again; another Java exception becomes a Python one named after it.
     */
    static <T> T guarded(Supplier<T> javaCode) {
        try {
            return javaCode.get();
        } catch (PyException e) {
            throw e;
        } catch (PythonException e) {
            ThreadState ts = ThreadState.currentOrNull();
            if (ts != null && ts.interp == e.interp) {
                throw e.original;
            }
            throw PyExc.raise(PyExc.RuntimeError, "%s", e.getMessage());
        } catch (WrappedChecked e) {
            if (e.getCause() instanceof InterruptedException) {
                throw interrupted();
            }
            throw pythonError(e.getCause());
        } catch (RuntimeException e) {
            throw pythonError(e);
        }
    }

    /**
     * A Java method was interrupted: by an interrupt or timeout of the call (raise the exception
     * set for it), or by someone else (KeyboardInterrupt, as a blocking call that is interrupted).
     */
    private static PyException interrupted() {
        ThreadState ts = ThreadState.current();
        PyException pending = ts.interp.takeAsyncExc(ts);
        return pending != null ? pending : PyExc.raise(PyExc.KeyboardInterrupt, "");
    }

    private static PyException pythonError(Throwable t) {
        PyType type = t instanceof IllegalArgumentException ? PyExc.ValueError
                : t instanceof IndexOutOfBoundsException ? PyExc.IndexError
                : t instanceof ArithmeticException ? PyExc.ArithmeticError
                : t instanceof UnsupportedOperationException ? PyExc.NotImplementedError
                : PyExc.RuntimeError;
        return PyExc.raise(type, "%s", t.getMessage() == null ? t.getClass().getName()
                : t.getClass().getName() + ": " + t.getMessage());
    }
}

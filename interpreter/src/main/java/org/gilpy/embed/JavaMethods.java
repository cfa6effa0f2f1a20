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
import org.gilpy.vm.InterpreterExit;
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
        Match bestMatch = null;
        for (Method m : overloads) {
            Match match = match(conv, m, args);
            if (match != null && (bestMatch == null || match.score < bestMatch.score)) {
                best = m;
                bestMatch = match;
            }
        }
        if (best == null) {
            String given = Arrays.stream(args).map(a -> a.type().name).collect(Collectors.joining(", "));
            throw PyExc.typeError("no public method %s.%s() of %d argument%s takes (%s)",
                    target.getClass().getSimpleName(), name, args.length, args.length == 1 ? "" : "s", given);
        }
        Method chosen = best;
        Object[] javaArgs = bestMatch.javaArgs;
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

    /** The Java arguments for a call of m, and how loosely they fit (lower is better). */
    private record Match(Object[] javaArgs, int score) {}

    /** args converted for m (the trailing ones into an array for a varargs method), or null if they do not fit. */
    private static Match match(Conversions conv, Method m, PyObject[] args) {
        Class<?>[] params = m.getParameterTypes();
        int fixed = m.isVarArgs() ? params.length - 1 : params.length;
        if (m.isVarArgs() ? args.length < fixed : args.length != fixed) {
            return null;
        }
        Object[] javaArgs = new Object[params.length];
        int score = 0;
        for (int i = 0; i < fixed; i++) {
            javaArgs[i] = conv.convert(args[i], params[i]);
            if (javaArgs[i] == Conversions.NO_MATCH) {
                return null;
            }
            score += distance(args[i], params[i]);
        }
        if (m.isVarArgs()) {
            Class<?> component = params[fixed].getComponentType();
            Object rest = java.lang.reflect.Array.newInstance(component, args.length - fixed);
            for (int i = fixed; i < args.length; i++) {
                Object v = conv.convert(args[i], component);
                if (v == Conversions.NO_MATCH) {
                    return null;
                }
                java.lang.reflect.Array.set(rest, i - fixed, v);
                score += distance(args[i], component);
            }
            javaArgs[fixed] = rest;
            score += 1;
        }
        return new Match(javaArgs, score);
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
        } catch (PyException | InterpreterExit e) {
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
     * A Java method was interrupted: by close() (the thread ends), by an interrupt or timeout of
     * the call (raise the exception set for it), or by someone else (KeyboardInterrupt, as a
     * blocking call that is interrupted).
     */
    private static PyException interrupted() {
        ThreadState ts = ThreadState.current();
        if (ts.interp.isClosed()) {
            throw new InterpreterExit();
        }
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

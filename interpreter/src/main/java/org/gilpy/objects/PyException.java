package org.gilpy.objects;

/**
 * A Python exception in flight through Java frames. It carries the Python exception object; it has
 * no Java stack trace (Python's traceback lives on the object), so raising one is cheap.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** Whether the exception is an instance of the given exception class. */
    public boolean matches(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    public PyType type() {
        return value.type();
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + Abstract.str(value).value;
    }
}

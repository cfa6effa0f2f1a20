package org.gilpy.embed;

import org.gilpy.builtins.TracebackPrinter;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;

/**
 * A Python exception that reached Java: its type name as a traceback prints it
 * ({@code ValueError}, {@code json.decoder.JSONDecodeError}), its message ({@code str(exc)}), the
 * traceback formatted as CPython prints it, and where it was raised. Unchecked, so it passes
 * through lambdas; a Java method called from Python that lets it escape re-raises the original
 * Python exception there.
 */
public final class PythonException extends RuntimeException {
    private final String type;
    private final String pythonMessage;
    private final String traceback;
    private final String fileName;
    private final int lineNumber;
    /** The Python exception itself, to raise again when this passes back into Python. */
    final transient PyException original;
    final transient Interpreter interp;

    private PythonException(Interpreter interp, PyException original, String type, String message, String traceback,
            String fileName, int lineNumber) {
        super(message.isEmpty() ? type : type + ": " + message, null, false, false);
        this.interp = interp;
        this.original = original;
        this.type = type;
        this.pythonMessage = message;
        this.traceback = traceback;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** Describes e; call it holding the GIL (the message is the exception's {@code __str__}). */
    static PythonException of(Interpreter interp, PyException e) {
        PyBaseException exc = e.value;
        String fileName = null;
        int lineNumber = -1;
        if (exc.type().isSubtypeOf(PyExc.SyntaxError) && exc.attr("filename") instanceof PyStr f
                && exc.attr("lineno") instanceof PyInt l) {
            fileName = f.value;
            lineNumber = (int) l.v;
        } else {
            for (PyTraceback tb = exc.traceback; tb != null; tb = tb.next) {
                fileName = tb.code.co_filename;
                lineNumber = tb.lineno;
            }
        }
        String message;
        try {
            message = exc.message();
        } catch (PyException broken) {
            message = "<exception str() failed>";
        }
        return new PythonException(interp, e, TracebackPrinter.typeName(exc.type()), message,
                TracebackPrinter.format(interp, exc), fileName, lineNumber);
    }

    /** The Python exception class as a traceback names it, e.g. {@code ZeroDivisionError}. */
    public String type() {
        return type;
    }

    /** {@code str(exc)}: the message alone, without the type. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The whole traceback, exactly as CPython would print it for an uncaught exception. */
    public String traceback() {
        return traceback;
    }

    /** The file of the innermost frame (or of the syntax error), or null if it never ran Python code. */
    public String fileName() {
        return fileName;
    }

    /** The line of the innermost frame (or of the syntax error), or -1. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Whether the Python exception is an instance of the class named typeName ({@code "LookupError"}). */
    public boolean isInstance(String typeName) {
        for (PyType t : original.value.type().mro()) {
            if (TracebackPrinter.typeName(t).equals(typeName)) {
                return true;
            }
        }
        return false;
    }
}

package org.gilpy.objects;

/**
 * The builtin exception classes ({@code PyExc_*} in CPython) and factories that make a throwable
 * with a formatted message: {@code throw PyExc.typeError("%s() takes no arguments", name)}.
 */
public final class PyExc {
    private PyExc() {}

    public static final PyType BaseException = PyType.builtin("BaseException", PyBaseObject.TYPE, ExceptionMethods::defineBase);
    public static final PyType SystemExit = make("SystemExit", BaseException, ExceptionMethods::defineSystemExit);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType StopIteration = make("StopIteration", Exception, ExceptionMethods::defineStopIteration);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception, ExceptionMethods::defineNameAndObj);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception, ExceptionMethods::defineImportError);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError, ExceptionMethods::defineKeyError).sharesLayoutWithBase();
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception, ExceptionMethods::defineNameAndObj);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception, ExceptionMethods::defineOSError);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType SyntaxError = make("SyntaxError", Exception, ExceptionMethods::defineSyntaxError);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError, UnicodeErrors::defineDecode);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError, UnicodeErrors::defineEncode);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError, UnicodeErrors::defineTranslate);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException, PyBaseExceptionGroup::define);
    public static final PyType ExceptionGroup = PyType.builtin("ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception},
            t -> { });

    /** Every builtin exception class, for the builtins module. */
    public static final PyType[] ALL = {
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
        ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
        BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
        NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
        ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
        InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
        ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
        SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
        UnicodeTranslateError, Warning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning,
        UserWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
        BaseExceptionGroup, ExceptionGroup
    };

    private static PyType make(String name, PyType base) {
        return PyType.builtin(name, base, t -> { }).sharesLayoutWithBase();
    }

    private static PyType make(String name, PyType base, java.util.function.Consumer<PyType> definer) {
        return PyType.builtin(name, base, definer);
    }

    /** A new exception instance of type with the given args, as calling the class would make it. */
    public static PyBaseException instance(PyType type, PyObject... args) {
        PyObject e = Abstract.call(type, args);
        if (!(e instanceof PyBaseException be)) {
            throw typeError("exceptions must derive from BaseException");
        }
        return be;
    }

    public static PyException raise(PyType type, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(msg))));
    }

    public static PyException typeError(String format, Object... args) {
        return raise(TypeError, format, args);
    }

    public static PyException valueError(String format, Object... args) {
        return raise(ValueError, format, args);
    }

    public static PyException attributeError(String format, Object... args) {
        return raise(AttributeError, format, args);
    }

    public static PyException indexError(String format, Object... args) {
        return raise(IndexError, format, args);
    }

    public static PyException overflowError(String format, Object... args) {
        return raise(OverflowError, format, args);
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return raise(ZeroDivisionError, format, args);
    }

    public static PyException runtimeError(String format, Object... args) {
        return raise(RuntimeError, format, args);
    }

    public static PyException nameError(String format, Object... args) {
        return raise(NameError, format, args);
    }

    public static PyException systemError(String format, Object... args) {
        return raise(SystemError, format, args);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(KeyError, PyTuple.of(key)));
    }

    public static PyException keyError(String message) {
        return keyError(PyStr.of(message));
    }

    public static PyException memoryError() {
        return new PyException(new PyBaseException(MemoryError, PyTuple.EMPTY));
    }

    public static PyException stopIteration() {
        return new PyException(new PyBaseException(StopIteration, PyTuple.EMPTY));
    }

    public static PyException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(StopIteration, PyTuple.of(value));
        return new PyException(e);
    }

    /** An OSError subclass chosen by errno as CPython does, with "[Errno n] text: 'file'". */
    public static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyObject[] a = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename)};
        return new PyException(instance(type, a));
    }
}

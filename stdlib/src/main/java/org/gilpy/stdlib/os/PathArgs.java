package org.gilpy.stdlib.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.vm.Interpreter;

/** Path arguments (str, bytes, os.PathLike) and Java I/O failures as CPython's OSError subclasses. */
public final class PathArgs {
    private PathArgs() {}

    private static final PyStr FSPATH = PyStr.intern("__fspath__");

    /** os.fspath: str and bytes as they are, else the result of {@code __fspath__}. */
    public static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyObject m = o.type().lookup(FSPATH);
        if (m == null) {
            throw PyExc.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name);
        }
        PyObject r = Abstract.callPrepended(m, o);
        if (!(r instanceof PyStr || r instanceof PyBytes)) {
            throw PyExc.typeError("expected %s.__fspath__() to return str or bytes, not %s", o.type().name,
                    r.type().name);
        }
        return r;
    }

    /** A path argument of an os function as a string (bytes decoded as UTF-8). */
    public static String string(PyObject o, String fname, String argName) {
        PyObject p;
        if (o instanceof PyStr || o instanceof PyBytes || o.type().lookup(FSPATH) != null) {
            p = fspath(o);
        } else if (o instanceof PyByteArray) {
            p = new PyBytes(Abstract.bytesOf(o));
        } else {
            throw PyExc.typeError("%s: %s should be string, bytes or os.PathLike, not %s", fname, argName,
                    o.type().name);
        }
        String s = p instanceof PyStr str ? str.value : new String(((PyBytes) p).bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\0') >= 0) {
            throw PyExc.valueError("%s: embedded null character in %s", fname, argName);
        }
        return s;
    }

    /** A path as the interpreter's process sees it: relative to its own working directory. */
    public static Path resolve(Interpreter interp, String path) {
        return interp == null ? Path.of(path).toAbsolutePath() : interp.resolvePath(path);
    }

    /** An OSError for a failed operation on filename (and filename2 for two-path operations). */
    public static PyException error(IOException e, String filename, String filename2) {
        int errno;
        String strerror;
        if (e instanceof NoSuchFileException) {
            errno = 2;
            strerror = "No such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            errno = 17;
            strerror = "File exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = 39;
            strerror = "Directory not empty";
        } else if (e instanceof AccessDeniedException) {
            errno = 13;
            strerror = "Permission denied";
        } else if (e instanceof NotDirectoryException) {
            errno = 20;
            strerror = "Not a directory";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            strerror = fse.getReason();
            errno = errnoFor(strerror);
        } else {
            errno = 5;
            strerror = e.getMessage() == null ? "Input/output error" : e.getMessage();
        }
        return error(errno, strerror, filename, filename2);
    }

    public static PyException error(int errno, String strerror, String filename, String filename2) {
        PyObject[] args = filename2 != null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename), PyNone.NONE, PyStr.of(filename2)}
                : filename != null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror)};
        return new PyException(PyExc.instance(PyExc.OSError, args));
    }

    /** Java reports some failures only by their C library text; map the usual ones back to errno. */
    private static int errnoFor(String reason) {
        switch (reason) {
            case "Is a directory": return 21;
            case "Not a directory": return 20;
            case "Directory not empty": return 39;
            case "Permission denied": return 13;
            case "Operation not permitted": return 1;
            case "File exists": return 17;
            case "No such file or directory": return 2;
            case "Invalid argument": return 22;
            case "Device or resource busy": return 16;
            case "Read-only file system": return 30;
            case "Invalid cross-device link": return 18;
            default: return 5;
        }
    }
}

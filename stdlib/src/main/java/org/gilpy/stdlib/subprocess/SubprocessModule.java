package org.gilpy.stdlib.subprocess;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.Builtin;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _subprocess}: what {@code subprocess} (Python, in gilpy's library) needs from Java, as
 * {@code _posixsubprocess} is for CPython's. {@code spawn(argv, cwd, env, stdin, stdout, stderr)}
 * starts an operating-system process through {@link ProcessBuilder} and returns a
 * {@link PyChild}; each stream is one of the modes below.
 */
public final class SubprocessModule implements ModuleDef {
    static final int INHERIT = 0;
    static final int PIPE = -1;
    static final int STDOUT = -2;
    static final int DEVNULL = -3;

    /** How Java reports a failed exec: "Cannot run program "x": error=2, No such file or directory". */
    private static final Pattern EXEC_ERROR = Pattern.compile("error=(\\d+), (.*)");

    @Override
    public String name() {
        return "_subprocess";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_subprocess");
        m.put("PIPE", PyInt.of(PIPE));
        m.put("STDOUT", PyInt.of(STDOUT));
        m.put("DEVNULL", PyInt.of(DEVNULL));
        m.put("Child", PyChild.TYPE);
        m.function("spawn", (self, args, kw) -> {
            Builtin.range("spawn", args, 6, 6);
            return spawn(interp, args);
        });
        return m;
    }

    private static PyObject spawn(Interpreter interp, PyObject[] a) {
        List<String> argv = new ArrayList<>();
        for (PyObject arg : Abstract.toArray(a[0])) {
            argv.add(Abstract.str(arg).value);
        }
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.directory(new File(Abstract.str(a[1]).value));
        if (a[2] != PyNone.NONE) {
            Map<String, String> env = pb.environment();
            env.clear();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) a[2]).entries()) {
                env.put(Abstract.str(e.getKey()).value, Abstract.str(e.getValue()).value);
            }
        }
        pb.redirectInput(redirect(a[3], ProcessBuilder.Redirect.from(new File("/dev/null"))));
        pb.redirectOutput(redirect(a[4], ProcessBuilder.Redirect.DISCARD));
        if (Abstract.index(a[5]) == STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(redirect(a[5], ProcessBuilder.Redirect.DISCARD));
        }
        // output the child inherits must follow what this process printed before it
        interp.stdout.flushQuietly();
        interp.stderr.flushQuietly();
        try {
            return new PyChild(pb.start());
        } catch (IOException e) {
            throw execFailure(e, argv.get(0));
        }
    }

    private static ProcessBuilder.Redirect redirect(PyObject mode, ProcessBuilder.Redirect devnull) {
        return switch ((int) Abstract.index(mode)) {
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case DEVNULL -> devnull;
            default -> ProcessBuilder.Redirect.INHERIT;
        };
    }

    /** The OSError subclass CPython raises when exec fails (FileNotFoundError for a missing program). */
    private static PyException execFailure(IOException e, String program) {
        Matcher m = EXEC_ERROR.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return PyExc.raise(PyExc.OSError, "%s", e.getMessage());
        }
        return new PyException(PyExc.instance(PyExc.OSError, PyInt.of(Integer.parseInt(m.group(1))),
                PyStr.of(m.group(2)), PyStr.of(program)));
    }
}

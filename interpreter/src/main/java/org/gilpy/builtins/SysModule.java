package org.gilpy.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StructSeq;
import org.gilpy.vm.Frame;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.ThreadState;

/** The {@code sys} module of one interpreter. */
public final class SysModule {
    private SysModule() {}

    /** sys.copyright, which the builtin copyright shows too. */
    static final String COPYRIGHT = "Copyright (c) gilpy contributors. Python is (c) the Python Software Foundation.";

    /** The CPython version gilpy follows. */
    public static final int MAJOR = 3;
    public static final int MINOR = 11;
    public static final int MICRO = 7;

    private static final PyType ASYNCGEN_HOOKS = StructSeq.newType("asyncgen_hooks", "firstiter", "finalizer");
    private static final PyType VERSION_INFO = StructSeq.newType("sys.version_info", "major", "minor", "micro",
            "releaselevel", "serial");
    private static final PyType FLAGS = StructSeq.newType("sys.flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits");
    private static final PyType FLOAT_INFO = StructSeq.newType("sys.float_info", "max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final PyType INT_INFO = StructSeq.newType("sys.int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    private static final PyType HASH_INFO = StructSeq.newType("sys.hash_info", "width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys");
        InterpreterConfigView cfg = new InterpreterConfigView(interp);
        List<PyObject> argv = new ArrayList<>();
        for (String a : cfg.argv()) {
            argv.add(PyStr.of(a));
        }
        m.put("argv", new PyList(argv));
        m.put("orig_argv", new PyList(argv.toArray(new PyObject[0])));
        List<PyObject> path = new ArrayList<>();
        for (String p : cfg.path()) {
            path.add(PyStr.of(p));
        }
        m.put("path", new PyList(path));
        m.put("modules", interp.modules);
        m.put("stdout", interp.stdout).put("stderr", interp.stderr).put("stdin", interp.stdin);
        m.put("__stdout__", interp.stdout).put("__stderr__", interp.stderr).put("__stdin__", interp.stdin);
        String javaVersion = System.getProperty("java.version");
        m.put("version", PyStr.of(MAJOR + "." + MINOR + "." + MICRO + " (gilpy 0.1, Java " + javaVersion + ")"));
        m.put("version_info", StructSeq.make(VERSION_INFO, PyInt.of(MAJOR), PyInt.of(MINOR), PyInt.of(MICRO),
                PyStr.of("final"), PyInt.of(0)));
        m.put("hexversion", PyInt.of(0x030b07f0L));
        m.put("api_version", PyInt.of(1013));
        m.put("platform", PyStr.of(platform()));
        m.put("byteorder", PyStr.of("little"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10ffff));
        m.put("executable", PyStr.of(executable()));
        m.put("prefix", PyStr.of("/usr/local")).put("exec_prefix", PyStr.of("/usr/local"));
        m.put("copyright", PyStr.of(COPYRIGHT));
        m.put("dont_write_bytecode", PyBool.TRUE);
        m.put("warnoptions", new PyList()).put("meta_path", new PyList()).put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        m.put("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        m.put("float_info", StructSeq.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        // CPython's values on 64-bit builds: gilpy's int and hash follow the same arithmetic.
        m.put("int_info", StructSeq.make(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.put("hash_info", StructSeq.make(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                PyInt.of(0), PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        PyObject[] flags = new PyObject[18];
        java.util.Arrays.fill(flags, PyInt.of(0));
        flags[6] = PyInt.of(0);
        flags[13] = PyBool.FALSE; // dev_mode and safe_path are bools, the others ints, as in CPython
        flags[14] = PyInt.of(1);
        flags[16] = PyBool.FALSE;
        flags[17] = PyInt.of(-1);
        m.put("flags", StructSeq.make(FLAGS, flags));
        PyModule impl = new PyModule("implementation");
        impl.put("name", PyStr.of("gilpy")).put("cache_tag", PyNone.NONE)
                .put("version", m.getDict().get("version_info"));
        m.put("implementation", impl);
        m.put("_xoptions", xoptions(cfg.xoptions()));
        m.function("exit", (self, args, kw) -> {
            Builtin.range("exit", args, 0, 1);
            // raised as PyErr_SetObject does: None means no arguments, a tuple is the argument list
            PyObject[] excArgs = args.length == 0 || args[0] == PyNone.NONE ? new PyObject[0]
                    : args[0] instanceof PyTuple t ? t.items : args;
            throw new PyException(PyExc.instance(PyExc.SystemExit, excArgs));
        });
        m.function("get_int_max_str_digits", (self, args, kw) -> PyInt.of(interp.intMaxStrDigits));
        m.function("set_int_max_str_digits", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("set_int_max_str_digits", args, kw, new String[] {"maxdigits"}, 1);
            BigInteger big = Abstract.indexInt(p[0]).bigValue();
            long n = big.bitLength() > 40 ? Long.MAX_VALUE : big.longValue();
            if (n != 0 && (n < 640 || n > Integer.MAX_VALUE)) {
                throw PyExc.valueError("maxdigits must be 0 or larger than 640");
            }
            interp.intMaxStrDigits = (int) n;
            return PyNone.NONE;
        });
        m.function("set_asyncgen_hooks", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("set_asyncgen_hooks", args, kw, new String[] {"firstiter", "finalizer"}, 0,
                    null, null);
            ThreadState ts = ThreadState.current();
            for (int i = 0; i < 2; i++) {
                if (p[i] != null && p[i] != PyNone.NONE && !Abstract.isCallable(p[i])) {
                    throw PyExc.typeError("callable %s expected, got %s", i == 0 ? "firstiter" : "finalizer",
                            p[i].type().name);
                }
            }
            if (p[0] != null) {
                ts.asyncgenFirstiter = p[0] == PyNone.NONE ? null : p[0];
            }
            if (p[1] != null) {
                ts.asyncgenFinalizer = p[1] == PyNone.NONE ? null : p[1];
            }
            return PyNone.NONE;
        });
        m.function("get_asyncgen_hooks", (self, args, kw) -> {
            ThreadState ts = ThreadState.current();
            return StructSeq.make(ASYNCGEN_HOOKS, ts.asyncgenFirstiter == null ? PyNone.NONE : ts.asyncgenFirstiter,
                    ts.asyncgenFinalizer == null ? PyNone.NONE : ts.asyncgenFinalizer);
        });
        m.function("getrecursionlimit", (self, args, kw) -> PyInt.of(interp.recursionLimit));
        m.function("setrecursionlimit", (self, args, kw) -> {
            Builtin.range("setrecursionlimit", args, 1, 1);
            long n = Abstract.index(args[0]);
            if (n < 1) {
                throw PyExc.valueError("recursion limit must be greater or equal than 1");
            }
            interp.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        m.function("getswitchinterval", (self, args, kw) -> new PyFloat(interp.gil.interval()));
        m.function("setswitchinterval", (self, args, kw) -> {
            Builtin.range("setswitchinterval", args, 1, 1);
            double d = Abstract.asDouble(args[0]);
            if (!(d > 0)) {
                throw PyExc.valueError("switch interval must be strictly positive");
            }
            interp.gil.setInterval(d);
            return PyNone.NONE;
        });
        m.function("exc_info", (self, args, kw) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        m.function("exception", (self, args, kw) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        });
        m.function("_getframe", (self, args, kw) -> {
            long depth = args.length > 0 ? Abstract.index(args[0]) : 0;
            Frame f = ThreadState.current().frame;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw PyExc.valueError("call stack is not deep enough");
            }
            return f;
        });
        m.function("intern", (self, args, kw) -> PyStr.intern(Abstract.strArg(args[0], "intern")));
        m.function("getsizeof", (self, args, kw) -> PyInt.of(Abstract.callMethod(args[0], PyStr.intern("__sizeof__"))
                instanceof PyInt i ? i.v + 16 : 64));
        m.function("getrefcount", (self, args, kw) -> PyInt.of(2));
        m.function("getdefaultencoding", (self, args, kw) -> PyStr.of("utf-8"));
        m.function("getfilesystemencoding", (self, args, kw) -> PyStr.of("utf-8"));
        m.function("is_finalizing", (self, args, kw) -> PyBool.FALSE);
        m.function("settrace", (self, args, kw) -> PyNone.NONE);
        m.function("setprofile", (self, args, kw) -> PyNone.NONE);
        m.function("gettrace", (self, args, kw) -> PyNone.NONE);
        m.function("getprofile", (self, args, kw) -> PyNone.NONE);
        m.function("excepthook", (self, args, kw) -> {
            Builtin.range("excepthook", args, 3, 3);
            if (args[1] instanceof PyBaseException be) {
                PyObject err = interp.sys.getDict().get("stderr");
                String text = TracebackPrinter.format(interp, be);
                Abstract.invoke(err, PyStr.intern("write"), PyStr.of(text));
            }
            return PyNone.NONE;
        });
        m.put("__excepthook__", m.getDict().get("excepthook"));
        m.function("displayhook", (self, args, kw) -> {
            PyObject v = args[0];
            if (v != PyNone.NONE) {
                interp.builtins.setItem(PyStr.intern("_"), PyNone.NONE);
                Abstract.invoke(interp.sys.getDict().get("stdout"), PyStr.intern("write"),
                        PyStr.of(Abstract.repr(v).value + "\n"));
                interp.builtins.setItem(PyStr.intern("_"), v);
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static PyDict xoptions(List<String> opts) {
        PyDict d = new PyDict();
        for (String o : opts) {
            int eq = o.indexOf('=');
            if (eq < 0) {
                d.setItem(PyStr.of(o), PyBool.TRUE);
            } else {
                d.setItem(PyStr.of(o.substring(0, eq)), PyStr.of(o.substring(eq + 1)));
            }
        }
        return d;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win")) {
            return "win32";
        }
        if (os.contains("mac")) {
            return "darwin";
        }
        return "linux";
    }

    private static String executable() {
        String home = System.getProperty("gilpy.home");
        return home == null ? "gilpy" : home + "/gilpy";
    }

    /** The parts of the interpreter's configuration sys exposes. */
    private record InterpreterConfigView(Interpreter interp) {
        List<String> argv() {
            return interp.config.argv();
        }

        List<String> path() {
            return interp.config.path();
        }

        List<String> xoptions() {
            return interp.config.xoptions();
        }
    }
}

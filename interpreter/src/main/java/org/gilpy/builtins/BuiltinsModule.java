package org.gilpy.builtins;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Codecs;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyMethodDescr;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyClassMethod;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyEllipsis;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyProperty;
import org.gilpy.objects.PyRange;
import org.gilpy.objects.PyReversedIter;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStaticMethod;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PySuper;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.parser.Mode;
import org.gilpy.vm.Frame;
import org.gilpy.vm.Interpreter;

import org.gilpy.vm.ThreadState;

/** The {@code builtins} module: CPython's builtin functions, types and constants. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins");
        m.put("None", PyNone.NONE).put("True", PyBool.TRUE).put("False", PyBool.FALSE)
                .put("Ellipsis", PyEllipsis.ELLIPSIS).put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED)
                .put("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {PyBaseObject.TYPE, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
            PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE,
            PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE, PySlice.TYPE, PyProperty.TYPE, PyClassMethod.TYPE,
            PyStaticMethod.TYPE, PySuper.TYPE, PyMemoryView.TYPE, Iterators.ENUMERATE, Iterators.ZIP, Iterators.MAP, Iterators.FILTER}) {
            m.put(t.name, t);
        }
        for (PyType t : PyExc.ALL) {
            m.put(t.name, t);
        }
        m.put("EnvironmentError", PyExc.OSError).put("IOError", PyExc.OSError);
        m.function("print", (self, args, kw) -> print(interp, args, kw));
        m.function("len", Builtin.of("len", (Builtin.M1) (self, o) -> PyInt.of(Abstract.size(o))));
        m.function("repr", Builtin.of("repr", (Builtin.M1) (self, o) -> Abstract.repr(o)));
        m.function("ascii", Builtin.of("ascii", (Builtin.M1) (self, o) -> Abstract.ascii(o)));
        m.function("abs", Builtin.of("abs", (Builtin.M1) (self, o) -> {
            PyObject f = o.type().lookup(Names.__abs__);
            if (f == null) {
                throw PyExc.typeError("bad operand type for abs(): '%s'", o.type().name);
            }
            return Abstract.callPrepended(f, o);
        }));
        m.function("isinstance", Builtin.of("isinstance", (Builtin.M2) (self, o, c) -> PyBool.of(Abstract.isInstance(o, c))));
        m.function("issubclass", Builtin.of("issubclass", (Builtin.M2) (self, o, c) -> PyBool.of(Abstract.isSubclass(o, c))));
        m.function("iter", (self, args, kw) -> {
            Builtin.noKeywords("iter", kw);
            Builtin.range("iter", args, 1, 2);
            if (args.length == 2) {
                if (!Abstract.isCallable(args[0])) {
                    throw PyExc.typeError("iter(v, w): v must be callable");
                }
                return new Iterators.CallIter(args[0], args[1]);
            }
            return Abstract.iter(args[0]);
        });
        m.function("next", (self, args, kw) -> {
            Builtin.range("next", args, 1, 2);
            PyObject it = args[0];
            if (!(it instanceof org.gilpy.objects.PyIterator) && it.type().lookup(Names.__next__) == null) {
                throw PyExc.typeError("'%s' object is not an iterator", it.type().name);
            }
            if (args.length == 2) {
                PyObject v = Abstract.next(it);
                return v == null ? args[1] : v;
            }
            if (it instanceof org.gilpy.objects.PyIterator) {
                return Abstract.callMethod(it, Names.__next__);
            }
            return Abstract.callMethod(it, Names.__next__);
        });
        m.function("aiter", Builtin.of("aiter", (Builtin.M1) (self, o) -> org.gilpy.vm.Awaiting.aiterBuiltin(o)));
        m.function("anext", (self, args, kw) -> {
            Builtin.noKeywords("anext", kw);
            Builtin.range("anext", args, 1, 2);
            return org.gilpy.vm.Awaiting.anextBuiltin(args[0], args.length > 1 ? args[1] : null);
        });
        m.function("hash", Builtin.of("hash", (Builtin.M1) (self, o) -> PyInt.of(Abstract.hash(o))));
        m.function("id", Builtin.of("id", (Builtin.M1) (self, o) -> PyInt.of(o.id())));
        m.function("callable", Builtin.of("callable", (Builtin.M1) (self, o) -> PyBool.of(Abstract.isCallable(o))));
        m.function("chr", Builtin.of("chr", (Builtin.M1) (self, o) -> {
            long c = Abstract.index(o);
            if (c < 0 || c > 0x10ffff) {
                throw PyExc.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(new String(Character.toChars((int) c)));
        }));
        m.function("ord", Builtin.of("ord", (Builtin.M1) (self, o) -> {
            if (o instanceof PyStr s) {
                int n = s.value.codePointCount(0, s.value.length());
                if (n != 1) {
                    throw PyExc.typeError("ord() expected a character, but string of length %d found", n);
                }
                return PyInt.of(s.value.codePointAt(0));
            }
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                byte[] b = Abstract.bytesOf(o);
                if (b.length != 1) {
                    throw PyExc.typeError("ord() expected a character, but string of length %d found", b.length);
                }
                return PyInt.of(b[0] & 0xff);
            }
            throw PyExc.typeError("ord() expected string of length 1, but %s found", o.type().name);
        }));
        m.function("bin", Builtin.of("bin", (Builtin.M1) (self, o) -> PyStr.of(radix(Abstract.indexInt(o), 2, "0b"))));
        m.function("oct", Builtin.of("oct", (Builtin.M1) (self, o) -> PyStr.of(radix(Abstract.indexInt(o), 8, "0o"))));
        m.function("hex", Builtin.of("hex", (Builtin.M1) (self, o) -> PyStr.of(radix(Abstract.indexInt(o), 16, "0x"))));
        m.function("divmod", Builtin.of("divmod", (Builtin.M2) (self, a, b) -> {
            PyObject r = a.type().lookup(PyStr.intern("__divmod__")) == null ? PyNotImplemented.NOT_IMPLEMENTED
                    : Abstract.callMethod(a, PyStr.intern("__divmod__"), b);
            if (r == PyNotImplemented.NOT_IMPLEMENTED && b.type().lookup(PyStr.intern("__rdivmod__")) != null) {
                r = Abstract.callMethod(b, PyStr.intern("__rdivmod__"), a);
            }
            if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                throw PyExc.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a.type().name, b.type().name);
            }
            return r;
        }));
        m.function("pow", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("pow", args, kw, new String[] {"base", "exp", "mod"}, 2, null, null, PyNone.NONE);
            if (p[2] == PyNone.NONE) {
                return Abstract.binaryOp(p[0], p[1], Abstract.NB_POWER);
            }
            return ternaryPow(p[0], p[1], p[2]);
        });
        m.function("round", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("round", args, kw, new String[] {"number", "ndigits"}, 1, null, PyNone.NONE);
            PyObject f = p[0].type().lookup(Names.__round__);
            if (f == null) {
                throw PyExc.typeError("type %s doesn't define __round__ method", p[0].type().name);
            }
            return p[1] == PyNone.NONE ? Abstract.callPrepended(f, p[0]) : Abstract.callPrepended(f, p[0], p[1]);
        });
        m.function("sum", (self, args, kw) -> {
            if (args.length == (kw == null ? 0 : kw.length)) {
                // the iterable is positional-only
                throw PyExc.typeError("sum() takes at least 1 positional argument (0 given)");
            }
            PyObject[] p = ArgParser.parse("sum", args, kw, new String[] {"iterable", "start"}, 1, null, PyInt.of(0));
            if (p[1] instanceof PyStr) {
                throw PyExc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (p[1] instanceof PyBytes) {
                throw PyExc.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            }
            PyObject acc = p[1];
            PyObject it = Abstract.iter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.binaryOp(acc, x, Abstract.NB_ADD);
            }
            return acc;
        });
        m.function("min", (self, args, kw) -> minMax(args, kw, "min", true));
        m.function("max", (self, args, kw) -> minMax(args, kw, "max", false));
        m.function("all", Builtin.of("all", (Builtin.M1) (self, o) -> {
            PyObject it = Abstract.iter(o);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!x.isTrue()) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        m.function("any", Builtin.of("any", (Builtin.M1) (self, o) -> {
            PyObject it = Abstract.iter(o);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (x.isTrue()) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        m.function("sorted", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos != 1) {
                throw PyExc.typeError("sorted expected 1 argument, got %d", npos);
            }
            PyList l = new PyList(Abstract.toArray(args[0]));
            PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
            Abstract.getAttr(l, PyStr.intern("sort")).call(rest, kw);
            return l;
        });
        m.function("reversed", Builtin.of("reversed", (Builtin.M1) (self, o) -> {
            PyObject r = o.type().lookup(Names.__reversed__);
            if (r != null) {
                return Abstract.callPrepended(r, o);
            }
            if (o.type().lookup(Names.__getitem__) == null || o instanceof PyDict) {
                throw PyExc.typeError("'%s' object is not reversible", o.type().name);
            }
            return new PyReversedIter(o, Abstract.len(o));
        }));
        m.function("getattr", (self, args, kw) -> {
            Builtin.range("getattr", args, 2, 3);
            PyStr name = Abstract.attrName(args[1]);
            if (args.length == 3) {
                PyObject v = Abstract.lookupAttr(args[0], name);
                return v == null ? args[2] : v;
            }
            return Abstract.getAttr(args[0], name);
        });
        m.function("setattr", Builtin.of("setattr", (Builtin.M3) (self, o, n, v) -> {
            Abstract.setAttr(o, Abstract.attrName(n), v);
            return PyNone.NONE;
        }));
        m.function("delattr", Builtin.of("delattr", (Builtin.M2) (self, o, n) -> {
            Abstract.setAttr(o, Abstract.attrName(n), null);
            return PyNone.NONE;
        }));
        m.function("hasattr", Builtin.of("hasattr", (Builtin.M2) (self, o, n) -> PyBool.of(Abstract.hasAttr(o, Abstract.attrName(n)))));
        m.function("dir", (self, args, kw) -> {
            if (args.length == 0) {
                PyList l = new PyList(callerLocals().keyList());
                Abstract.getAttr(l, PyStr.intern("sort")).call(new PyObject[0], null);
                return l;
            }
            PyObject d = args[0].type().lookup(Names.__dir__);
            PyObject r = d == null ? Abstract.dir(args[0]) : Abstract.callPrepended(d, args[0]);
            PyList l = new PyList(Abstract.toArray(r));
            Abstract.getAttr(l, PyStr.intern("sort")).call(new PyObject[0], null);
            return l;
        });
        m.function("vars", (self, args, kw) -> {
            if (args.length == 0) {
                return callerLocals();
            }
            PyObject d = Abstract.lookupAttr(args[0], Names.__dict__);
            if (d == null) {
                throw PyExc.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        m.function("globals", (self, args, kw) -> ThreadState.current().frame.globals);
        m.function("locals", (self, args, kw) -> callerLocals());
        m.function("format", (self, args, kw) -> {
            Builtin.range("format", args, 1, 2);
            return Abstract.format(args[0], args.length == 2 ? Abstract.strArg(args[1], "format") : "");
        });
        m.function("input", (self, args, kw) -> input(interp, args));
        m.function("open", (self, args, kw) -> open(args, kw));
        m.function("exec", (self, args, kw) -> {
            execOrEval(interp, args, kw, "exec", Mode.EXEC);
            return PyNone.NONE;
        });
        m.function("eval", (self, args, kw) -> execOrEval(interp, args, kw, "eval", Mode.EVAL));
        m.function("compile", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("compile", args, kw, new String[] {"source", "filename", "mode", "flags",
                "dont_inherit", "optimize"}, 3, null, null, null, PyInt.of(0), PyBool.FALSE, PyInt.of(-1));
            String mode = Abstract.strArg(p[2], "compile");
            Mode md = switch (mode) {
                case "exec" -> Mode.EXEC;
                case "eval" -> Mode.EVAL;
                case "single" -> Mode.SINGLE;
                default -> throw PyExc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            return interp.compile(sourceText(p[0]), Abstract.str(p[1]).value, md);
        });
        m.function("__build_class__", (self, args, kw) -> BuildClass.build(args, kw));
        m.function("__import__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("__import__", args, kw, new String[] {"name", "globals", "locals", "fromlist",
                "level"}, 1, null, PyNone.NONE, PyNone.NONE, PyTuple.EMPTY, PyInt.of(0));
            PyDict g = p[1] instanceof PyDict d ? d : new PyDict();
            return interp.importer.importName(Abstract.strArg(p[0], "__import__"), g,
                    p[3] instanceof PyTuple ? p[3] : PyTuple.of(Abstract.toArray(p[3])), (int) Abstract.index(p[4]));
        });
        m.put("exit", new Quitter("exit"));
        m.put("quit", new Quitter("quit"));
        m.put("help", new Helper());
        m.put("copyright", new Printer("copyright", SysModule.COPYRIGHT));
        m.put("credits", new Printer("credits", Printer.CREDITS));
        m.put("license", new Printer("license", Printer.LICENSE));
        m.function("breakpoint", (self, args, kw) -> PyNone.NONE);
        return m;
    }

    private static PyDict callerLocals() {
        Frame f = ThreadState.current().frame;
        return f.localsDict();
    }

    /** pow(base, exp, mod) as CPython's ternary_op: base's __pow__, then exp's __rpow__, then the mod's own rule. */
    private static PyObject ternaryPow(PyObject base, PyObject exp, PyObject mod) {
        PyObject m = base.type().lookup(PyStr.intern("__pow__"));
        PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : Abstract.callPrepended(m, base, exp, mod);
        if (r == PyNotImplemented.NOT_IMPLEMENTED && exp.type() != base.type()) {
            PyObject rm = exp.type().lookup(PyStr.intern("__rpow__"));
            if (rm instanceof PyMethodDescr) {
                r = Abstract.callPrepended(rm, exp, base, mod);
            }
        }
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (isNumber(base) && isNumber(exp) && mod instanceof PyComplex) {
            throw PyExc.valueError("complex modulo");
        }
        if (isNumber(base) && isNumber(exp) && mod instanceof PyFloat) {
            throw PyExc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw PyExc.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.type().name,
                exp.type().name, mod.type().name);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static String radix(PyInt v, int radix, String prefix) {
        String digits = v.bigValue().abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static PyObject print(Interpreter interp, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject sep = PyNone.NONE;
        PyObject end = PyNone.NONE;
        PyObject file = PyNone.NONE;
        boolean flush = false;
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[npos + i];
            switch (kw[i]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v.isTrue();
                default -> throw PyExc.typeError("'%s' is an invalid keyword argument for print()", kw[i]);
            }
        }
        if (sep != PyNone.NONE && !(sep instanceof PyStr)) {
            throw PyExc.typeError("sep must be None or a string, not %s", sep.type().name);
        }
        if (end != PyNone.NONE && !(end instanceof PyStr)) {
            throw PyExc.typeError("end must be None or a string, not %s", end.type().name);
        }
        if (file == PyNone.NONE) {
            file = interp.sys.getDict().get("stdout");
            if (file == null || file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String s = sep == PyNone.NONE ? " " : ((PyStr) sep).value;
        String e = end == PyNone.NONE ? "\n" : ((PyStr) end).value;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(s);
            }
            sb.append(Abstract.str(args[i]).value);
        }
        sb.append(e);
        if (file instanceof PyFile pf) {
            pf.write(sb.toString());
            if (flush) {
                pf.flush();
            }
        } else {
            Abstract.invoke(file, Names.write, PyStr.of(sb.toString()));
            if (flush) {
                Abstract.invoke(file, Names.flush);
            }
        }
        return PyNone.NONE;
    }

    private static PyObject minMax(PyObject[] args, String[] kw, String name, boolean isMin) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject key = PyNone.NONE;
        PyObject dflt = null;
        for (int i = 0; i < nkw; i++) {
            switch (kw[i]) {
                case "key" -> key = args[npos + i];
                case "default" -> dflt = args[npos + i];
                default -> throw PyExc.typeError("'%s' is an invalid keyword argument for %s()", kw[i], name);
            }
        }
        if (npos == 0) {
            throw PyExc.typeError("%s expected at least 1 argument, got 0", name);
        }
        PyObject[] items;
        if (npos == 1) {
            items = Abstract.toArray(args[0]);
        } else {
            if (dflt != null) {
                throw PyExc.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = Arrays.copyOf(args, npos);
        }
        if (items.length == 0) {
            if (dflt != null) {
                return dflt;
            }
            throw PyExc.valueError("%s() arg is an empty sequence", name);
        }
        PyObject best = items[0];
        PyObject bestKey = key == PyNone.NONE ? best : Abstract.call(key, best);
        for (int i = 1; i < items.length; i++) {
            PyObject k = key == PyNone.NONE ? items[i] : Abstract.call(key, items[i]);
            boolean better = isMin ? Abstract.lessThan(k, bestKey)
                    : Abstract.richCompare(k, bestKey, Abstract.CMP_GT).isTrue();
            if (better) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    private static PyObject input(Interpreter interp, PyObject[] args) {
        Builtin.range("input", args, 0, 1);
        PyObject out = interp.sys.getDict().get("stdout");
        if (args.length == 1) {
            Abstract.invoke(out, Names.write, Abstract.str(args[0]));
        }
        Abstract.invoke(out, Names.flush);
        PyObject in = interp.sys.getDict().get("stdin");
        PyObject line = Abstract.invoke(in, PyStr.intern("readline"));
        String s = Abstract.str(line).value;
        if (s.isEmpty()) {
            throw PyExc.raise(PyExc.EOFError, "EOF when reading a line");
        }
        return PyStr.of(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
    }

    /** open(): mode checks and messages as CPython's _io.open; the file itself is a {@link PyFile}. */
    private static PyObject open(PyObject[] args, String[] kw) {
        PyObject[] p = ArgParser.parse("open", args, kw, new String[] {"file", "mode", "buffering", "encoding", "errors",
            "newline", "closefd", "opener"}, 1, null, PyStr.of("r"), PyInt.of(-1), PyNone.NONE, PyNone.NONE,
                PyNone.NONE, PyBool.TRUE, PyNone.NONE);
        String name = fsPath(p[0]);
        String mode = Abstract.strArg(p[1], "open");
        long buffering = Abstract.index(p[2]);
        String encoding = p[3] == PyNone.NONE ? null : Abstract.strArg(p[3], "open");
        String errors = p[4] == PyNone.NONE ? null : Abstract.strArg(p[4], "open");
        String newline = p[5] == PyNone.NONE ? null : Abstract.strArg(p[5], "open");
        java.util.Set<Character> flags = new java.util.HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("axrwb+t".indexOf(c) < 0 || !flags.add(c)) {
                throw PyExc.valueError("invalid mode: '%s'", mode);
            }
        }
        boolean binary = flags.contains('b');
        if (binary && flags.contains('t')) {
            throw PyExc.valueError("can't have text and binary mode at once");
        }
        int kinds = (flags.contains('x') ? 1 : 0) + (flags.contains('r') ? 1 : 0) + (flags.contains('w') ? 1 : 0)
                + (flags.contains('a') ? 1 : 0);
        if (kinds != 1) {
            throw PyExc.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyExc.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyExc.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyExc.valueError("binary mode doesn't take a newline argument");
        }
        if (!binary && buffering == 0) {
            throw PyExc.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyExc.valueError("illegal newline value: %s", newline);
        }
        if (encoding != null) {
            Codecs.encode("", encoding, "strict");
        }
        boolean update = flags.contains('+');
        Path path = ThreadState.current().interp.resolvePath(name);
        ThreadState.current().interp.checkOpenAllowed(name);
        if (Files.isDirectory(path)) {
            throw PyExc.osError(PyExc.IsADirectoryError, 21, "Is a directory", name);
        }
        if (flags.contains('x') && Files.exists(path)) {
            throw PyExc.osError(PyExc.FileExistsError, 17, "File exists", name);
        }
        if (flags.contains('r') && !Files.exists(path)) {
            throw PyExc.osError(PyExc.FileNotFoundError, 2, "No such file or directory", name);
        }
        RandomAccessFile file;
        try {
            file = new RandomAccessFile(path.toFile(), flags.contains('r') && !update ? "r" : "rw");
            if (flags.contains('w')) {
                file.setLength(0);
            }
        } catch (IOException e) {
            if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
                throw PyExc.osError(PyExc.FileNotFoundError, 2, "No such file or directory", name);
            }
            throw PyExc.osError(PyExc.PermissionError, 13, "Permission denied", name);
        }
        String fileMode = mode;
        if (binary) {
            String kind = flags.contains('x') ? "x" : flags.contains('a') ? "a" : flags.contains('r') || update ? "r" : "w";
            fileMode = kind + "b" + (update ? "+" : "");
        }
        return PyFile.open(name, fileMode, binary, encoding == null ? "UTF-8" : encoding,
                errors == null ? "strict" : errors, newline, file);
    }

    /** A path argument: str, bytes, or an os.PathLike's __fspath__(). */
    private static String fsPath(PyObject file) {
        if (file instanceof PyStr s) {
            return s.value;
        }
        if (file instanceof PyBytes b) {
            return new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        PyObject fspath = file.type().lookup(PyStr.intern("__fspath__"));
        if (fspath != null) {
            return fsPath(Abstract.callPrepended(fspath, file));
        }
        throw PyExc.typeError("expected str, bytes or os.PathLike object, not %s", file.type().name);
    }

    private static String sourceText(PyObject src) {
        if (src instanceof PyStr s) {
            return s.value;
        }
        if (src instanceof PyBytes || src instanceof PyByteArray) {
            return new String(Abstract.bytesOf(src), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyExc.typeError("compile() arg 1 must be a string, bytes or AST object");
    }

    private static PyObject execOrEval(Interpreter interp, PyObject[] args, String[] kw, String name, Mode mode) {
        PyObject[] p = ArgParser.parse(name, args, kw, new String[] {"source", "globals", "locals"}, 1, null,
                PyNone.NONE, PyNone.NONE);
        Frame caller = ThreadState.current().frame;
        PyDict globals;
        PyDict locals;
        if (p[1] == PyNone.NONE) {
            globals = caller.globals;
            locals = p[2] == PyNone.NONE ? caller.localsDict() : (PyDict) p[2];
        } else {
            if (!(p[1] instanceof PyDict g)) {
                throw PyExc.typeError("%s() globals must be a dict, not %s", name, p[1].type().name);
            }
            globals = g;
            locals = p[2] == PyNone.NONE ? g : (PyDict) p[2];
        }
        PyCode code;
        if (p[0] instanceof PyCode c) {
            code = c;
        } else {
            String src = sourceText(p[0]);
            if (mode == Mode.EVAL) {
                src = src.strip();
            }
            code = interp.compile(src, "<string>", mode);
        }
        return interp.execCode(code, globals, locals);
    }

}

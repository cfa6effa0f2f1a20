package org.gilpy.bytecode;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * A code object: the compiled body of a module, class, function, lambda or comprehension, with
 * CPython's {@code co_*} names.
 *
 * <p>Local storage ("localsplus", as CPython 3.11): slots {@code 0..nlocals-1} are
 * {@link #co_varnames} (parameters first, in order: positional-only, positional, keyword-only,
 * *args, **kwargs), then the cell variables that are not parameters, then the free variables.
 * {@link #localsplusNames} lists all slots; a parameter that is also a cell keeps its slot and is
 * wrapped by MAKE_CELL. {@link #cellSlots} lists the slots that MAKE_CELL wraps at entry.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getter("co_name", c -> PyStr.of(((PyCode) c).co_name));
        t.getter("co_qualname", c -> PyStr.of(((PyCode) c).co_qualname));
        t.getter("co_filename", c -> PyStr.of(((PyCode) c).co_filename));
        t.getter("co_firstlineno", c -> PyInt.of(((PyCode) c).co_firstlineno));
        t.getter("co_argcount", c -> PyInt.of(((PyCode) c).co_argcount));
        t.getter("co_posonlyargcount", c -> PyInt.of(((PyCode) c).co_posonlyargcount));
        t.getter("co_kwonlyargcount", c -> PyInt.of(((PyCode) c).co_kwonlyargcount));
        t.getter("co_nlocals", c -> PyInt.of(((PyCode) c).co_nlocals));
        t.getter("co_stacksize", c -> PyInt.of(((PyCode) c).co_stacksize));
        t.getter("co_flags", c -> PyInt.of(((PyCode) c).co_flags));
        t.getter("co_consts", c -> PyTuple.of(((PyCode) c).co_consts.clone()));
        t.getter("co_names", c -> PyTuple.of((PyObject[]) ((PyCode) c).co_names.clone()));
        t.getter("co_varnames", c -> strTuple(((PyCode) c).co_varnames));
        t.getter("co_cellvars", c -> strTuple(((PyCode) c).co_cellvars));
        t.getter("co_freevars", c -> strTuple(((PyCode) c).co_freevars));
        t.method("co_positions", c -> Abstract.iter(((PyCode) c).positionTuples()));
        t.method("co_lines", c -> Abstract.iter(((PyCode) c).lineRanges()));
        t.method("__repr__", c -> PyStr.of(((PyCode) c).repr()));
        t.methodVar("replace", (c, args, kw) -> ((PyCode) c).replace(args, kw));
    });

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    /** A generator function made awaitable by types.coroutine. */
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public final String co_name;
    public final String co_qualname;
    public final String co_filename;
    public final int co_firstlineno;
    public final int co_argcount;
    public final int co_posonlyargcount;
    public final int co_kwonlyargcount;
    public final int co_flags;
    public final int co_stacksize;
    /** Instructions: {@code opcode | arg << 8}, see {@link Opcode}. */
    public final int[] co_code;
    public final PyObject[] co_consts;
    /** Global, attribute and imported names (interned). */
    public final PyStr[] co_names;
    /** Local variable names, parameters first. */
    public final String[] co_varnames;
    public final String[] co_cellvars;
    public final String[] co_freevars;
    public final int co_nlocals;
    /** All localsplus slot names: varnames, then non-parameter cells, then frees. */
    public final String[] localsplusNames;
    /** Slots to wrap in cells at entry (MAKE_CELL), ascending. */
    public final int[] cellSlots;
    /** Exception table, 5 ints per entry: start, end (exclusive), target, depth, lasti (0/1). */
    public final int[] co_exceptiontable;
    /**
     * Source positions per instruction, 4 ints each: line, column, end line, end column
     * (line 0 for instructions without a position).
     */
    public final int[] positions;

    /**
     * LOAD_GLOBAL's inline cache, one entry per instruction: the globals and builtins dicts and
     * their versions when the value was found, and the value. Filled by the eval loop.
     */
    public final GlobalCache[] globalCache;
    /** LOAD_ATTR's inline caches, per instruction (owned by org.gilpy.vm.AttrCache). */
    public final Object[] attrCache;

    /** One LOAD_GLOBAL cache entry. */
    public static final class GlobalCache {
        public PyObject globals;
        public int globalsVersion;
        public PyObject builtins;
        public int builtinsVersion;
        public PyObject value;
    }

    public PyCode(String name, String qualname, String filename, int firstlineno, int argcount, int posonlyargcount,
                  int kwonlyargcount, int flags, int stacksize, int[] code, PyObject[] consts, PyStr[] names,
                  String[] varnames, String[] cellvars, String[] freevars, String[] localsplusNames, int[] cellSlots,
                  int[] exceptiontable, int[] positions) {
        this.co_name = name;
        this.co_qualname = qualname;
        this.co_filename = filename;
        this.co_firstlineno = firstlineno;
        this.co_argcount = argcount;
        this.co_posonlyargcount = posonlyargcount;
        this.co_kwonlyargcount = kwonlyargcount;
        this.co_flags = flags;
        this.co_stacksize = stacksize;
        this.co_code = code;
        this.co_consts = consts;
        this.co_names = names;
        this.co_varnames = varnames;
        this.co_cellvars = cellvars;
        this.co_freevars = freevars;
        this.co_nlocals = varnames.length;
        this.localsplusNames = localsplusNames;
        this.cellSlots = cellSlots;
        this.co_exceptiontable = exceptiontable;
        this.positions = positions;
        this.globalCache = new GlobalCache[code.length];
        this.attrCache = new Object[code.length];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * A forked child gets its own code objects: the inline caches hold objects of one
     * interpreter, and the parent and the child run in parallel.
     */
    @Override
    public PyObject forkCopy(org.gilpy.objects.ForkCopier c) {
        return c.remember(this, withFreshCaches());
    }

    /**
     * This code, and the code nested in its constants, with empty inline caches: what another
     * interpreter runs (the caches hold one interpreter's objects). Everything else is immutable
     * and shared.
     */
    public PyCode withFreshCaches() {
        PyObject[] consts = co_consts.clone();
        for (int i = 0; i < consts.length; i++) {
            if (consts[i] instanceof PyCode nested) {
                consts[i] = nested.withFreshCaches();
            }
        }
        return new PyCode(co_name, co_qualname, co_filename, co_firstlineno, co_argcount, co_posonlyargcount,
                co_kwonlyargcount, co_flags, co_stacksize, co_code, consts, co_names, co_varnames, co_cellvars,
                co_freevars, localsplusNames, cellSlots, co_exceptiontable, positions);
    }

    /**
     * code.replace(**changes) for the header fields (flags, names, file, first line): what
     * types.coroutine and tools renaming code need. The instructions themselves stay.
     */
    private PyCode replace(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length > nkw) {
            throw org.gilpy.objects.PyExc.typeError("replace() takes no positional arguments");
        }
        String name = co_name;
        String qualname = co_qualname;
        String filename = co_filename;
        int firstlineno = co_firstlineno;
        int flags = co_flags;
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[i];
            switch (kw[i]) {
                case "co_name" -> name = ((PyStr) v).value;
                case "co_qualname" -> qualname = ((PyStr) v).value;
                case "co_filename" -> filename = ((PyStr) v).value;
                case "co_firstlineno" -> firstlineno = (int) ((PyInt) v).v;
                case "co_flags" -> flags = (int) ((PyInt) v).v;
                default -> throw org.gilpy.objects.PyExc.valueError("gilpy's code.replace() cannot change %s", kw[i]);
            }
        }
        return new PyCode(name, qualname, filename, firstlineno, co_argcount, co_posonlyargcount, co_kwonlyargcount,
                flags, co_stacksize, co_code, co_consts, co_names, co_varnames, co_cellvars, co_freevars,
                localsplusNames, cellSlots, co_exceptiontable, positions);
    }

    /** The source line of instruction i, or the nearest earlier known line. */
    public int lineOf(int i) {
        for (int k = Math.min(i, co_code.length - 1); k >= 0; k--) {
            int line = positions[4 * k];
            if (line > 0) {
                return line;
            }
        }
        return co_firstlineno;
    }

    /** co_positions(): (line, end line, column, end column) per instruction, Nones where unknown. */
    private PyList positionTuples() {
        PyList out = new PyList();
        for (int i = 0; i < co_code.length; i++) {
            int line = positions[4 * i];
            out.append(line == 0 ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(PyInt.of(line), PyInt.of(positions[4 * i + 2]), PyInt.of(positions[4 * i + 1]),
                            PyInt.of(positions[4 * i + 3])));
        }
        return out;
    }

    /** co_lines(): (start offset, end offset, line) for each run of instructions on one line. */
    private PyList lineRanges() {
        PyList out = new PyList();
        int start = 0;
        for (int i = 1; i <= co_code.length; i++) {
            if (i == co_code.length || positions[4 * i] != positions[4 * start]) {
                int line = positions[4 * start];
                out.append(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * i), line == 0 ? PyNone.NONE : PyInt.of(line)));
                start = i;
            }
        }
        return out;
    }

    public boolean isGenerator() {
        return (co_flags & CO_GENERATOR) != 0;
    }

    /** Number of localsplus slots. */
    public int nlocalsplus() {
        return localsplusNames.length;
    }

    public String repr() {
        return "<code object " + co_name + " at " + org.gilpy.objects.Abstract.address(this) + ", file \""
                + co_filename + "\", line " + co_firstlineno + ">";
    }

    private static PyTuple strTuple(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(out);
    }
}

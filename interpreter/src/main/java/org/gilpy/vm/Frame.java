package org.gilpy.vm;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * An execution frame: a code object's local slots ("localsplus"), its value stack, and where it
 * is. Frames of generators outlive the call that made them; the eval loop keeps the program
 * counter and stack pointer here whenever it leaves the frame.
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.getter("f_code", f -> ((Frame) f).code);
        t.getter("f_globals", f -> ((Frame) f).globals);
        t.getter("f_locals", f -> ((Frame) f).localsDict());
        t.getter("f_lineno", f -> PyInt.of(((Frame) f).code.lineOf(((Frame) f).lasti)));
        t.getter("f_back", f -> {
            Frame frame = (Frame) f;
            // A suspended generator's frame has no caller: whoever resumed it last is not one now.
            boolean suspended = frame.generator != null && !frame.generator.running;
            return frame.back == null || suspended ? PyNone.NONE : frame.back;
        });
        t.getter("f_lasti", f -> PyInt.of(((Frame) f).lasti * 2L));
        t.method("__repr__", f -> PyStr.of("<frame at " + Abstract.address(f) + ", file '" + ((Frame) f).code.co_filename
                + "', line " + ((Frame) f).code.lineOf(((Frame) f).lasti) + ", code " + ((Frame) f).code.co_name + ">"));
    });

    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace of module and class bodies (LOAD_NAME); null in function frames. */
    public PyDict locals;
    /**
     * One array, as CPython 3.11's frame: slots 0..nlocalsplus-1 are the local variables, cells
     * and free variables; the value stack grows above them, from {@link #stackBase}.
     */
    public final PyObject[] localsplus;
    /** The same array as localsplus, named for its stack use. */
    public final PyObject[] stack;
    public final int stackBase;
    public final PyCell[] closure;
    /** Index of the next instruction to execute. */
    public int pc;
    /** Index of the instruction executing (or last executed). */
    public int lasti;
    public int sp;
    public Frame back;
    /** The generator, coroutine or async generator running this frame, if any. */
    public GenFrame generator;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyDict locals, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.stackBase = code.nlocalsplus();
        this.localsplus = new PyObject[stackBase + code.co_stacksize + 1];
        this.stack = localsplus;
        this.sp = stackBase;
        this.closure = closure;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** f_locals: the namespace dict, or a snapshot of the fast locals for function frames. */
    public PyDict localsDict() {
        if (locals != null) {
            return locals;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < stackBase; i++) {
            PyObject v = localsplus[i];
            if (v instanceof PyCell c && (i >= code.co_nlocals || isCellSlot(i))) {
                v = c.value;
            }
            if (v != null) {
                d.setItem(PyStr.intern(code.localsplusNames[i]), v);
            }
        }
        return d;
    }

    private boolean isCellSlot(int i) {
        for (int s : code.cellSlots) {
            if (s == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A frame for a call whose n arguments (positional only) lie in stack[start..start+n): the
     * common case is copied straight into the parameters; anything else takes the general path.
     */
    static Frame forStackCall(PyFunction fn, PyObject[] stack, int start, int n) {
        PyCode code = fn.code;
        if (n == code.co_argcount && (code.co_flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0
                && code.co_kwonlyargcount == 0) {
            Frame f = new Frame(code, fn.globals, fn.builtins, null, fn.closure);
            System.arraycopy(stack, start, f.localsplus, 0, n);
            return f;
        }
        PyObject[] args = new PyObject[n];
        System.arraycopy(stack, start, args, 0, n);
        return forCall(fn, null, args, null);
    }

    /** A frame for calling fn, with arguments bound to parameters as CPython binds them. */
    static Frame forCall(PyFunction fn, PyObject self, PyObject[] args, String[] kwnames) {
        PyCode code = fn.code;
        Frame f = new Frame(code, fn.globals, fn.builtins, null, fn.closure);
        PyObject[] slots = f.localsplus;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int selfN = self == null ? 0 : 1;
        int npos = args.length - nkw + selfN;
        int argc = code.co_argcount;
        int flags = code.co_flags;
        boolean varargs = (flags & PyCode.CO_VARARGS) != 0;
        boolean varkw = (flags & PyCode.CO_VARKEYWORDS) != 0;
        int kwonly = code.co_kwonlyargcount;
        int total = argc + kwonly;

        // positional
        int n = Math.min(npos, argc);
        if (selfN == 1 && n > 0) {
            slots[0] = self;
            System.arraycopy(args, 0, slots, 1, n - 1);
        } else if (n > 0) {
            System.arraycopy(args, 0, slots, 0, n);
        }
        if (varargs) {
            int extra = Math.max(0, npos - argc);
            PyObject[] rest = new PyObject[extra];
            for (int i = 0; i < extra; i++) {
                int src = argc + i - selfN;
                rest[i] = src < 0 ? self : args[src];
            }
            slots[total] = PyTuple.of(rest);
        } else if (npos > argc) {
            int kwonlyGiven = 0;
            for (int k = 0; k < nkw; k++) {
                for (int j = argc; j < total; j++) {
                    if (code.co_varnames[j].equals(kwnames[k])) {
                        kwonlyGiven++;
                    }
                }
            }
            throw fn.tooManyPositional(npos, kwonlyGiven);
        }
        if (nkw == 0 && npos == argc && kwonly == 0 && !varkw) {
            return f;
        }
        // keywords
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            slots[total + (varargs ? 1 : 0)] = kwdict;
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[args.length - nkw + k];
            int idx = -1;
            for (int j = code.co_posonlyargcount; j < total; j++) {
                if (code.co_varnames[j].equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.intern(name), value);
                    continue;
                }
                boolean isPosOnly = false;
                for (int j = 0; j < code.co_posonlyargcount; j++) {
                    if (code.co_varnames[j].equals(name)) {
                        isPosOnly = true;
                    }
                }
                if (isPosOnly) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(name);
                    continue;
                }
                throw org.gilpy.objects.PyExc.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name);
            }
            if (slots[idx] != null) {
                throw org.gilpy.objects.PyExc.typeError("%s() got multiple values for argument '%s'", fn.qualname, name);
            }
            slots[idx] = value;
        }
        if (posOnlyAsKw != null) {
            throw org.gilpy.objects.PyExc.typeError(
                    "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qualname,
                    String.join(", ", posOnlyAsKw));
        }
        // defaults
        if (npos < argc) {
            PyObject[] defaults = fn.defaults;
            int ndef = defaults == null ? 0 : defaults.length;
            List<String> missing = null;
            for (int j = npos; j < argc; j++) {
                if (slots[j] == null) {
                    int d = j - (argc - ndef);
                    if (d >= 0) {
                        slots[j] = defaults[d];
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(code.co_varnames[j]);
                    }
                }
            }
            if (missing != null) {
                throw fn.missing(missing, "positional");
            }
        }
        if (kwonly > 0) {
            List<String> missing = null;
            for (int j = argc; j < total; j++) {
                if (slots[j] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(PyStr.intern(code.co_varnames[j]));
                    if (d != null) {
                        slots[j] = d;
                    } else {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(code.co_varnames[j]);
                    }
                }
            }
            if (missing != null) {
                throw fn.missing(missing, "keyword-only");
            }
        }
        return f;
    }
}

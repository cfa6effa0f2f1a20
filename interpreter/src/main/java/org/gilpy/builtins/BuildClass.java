package org.gilpy.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Frame;
import org.gilpy.vm.PyCell;
import org.gilpy.vm.PyFunction;
import org.gilpy.vm.ThreadState;

/**
 * {@code __build_class__(body, name, *bases, metaclass=..., **kw)}: what the {@code class}
 * statement calls. Picks the metaclass, prepares the namespace, runs the body in it, then calls
 * the metaclass.
 */
final class BuildClass {
    private BuildClass() {}

    static PyObject build(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos < 2 || !(args[0] instanceof PyFunction body)) {
            throw PyExc.typeError("__build_class__: func must be a function");
        }
        PyObject name = args[1];
        PyObject[] origBases = Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = resolveMroEntries(origBases);
        PyObject meta = null;
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                meta = args[npos + i];
            } else {
                kwNames.add(kw[i]);
                kwValues.add(args[npos + i]);
            }
        }
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        }
        if (meta instanceof PyType mt) {
            PyType winner = mt;
            for (PyObject b : bases) {
                PyType bt = b.type();
                if (winner.isSubtypeOf(bt)) {
                    continue;
                }
                if (bt.isSubtypeOf(winner)) {
                    winner = bt;
                } else {
                    throw PyExc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            + "subclass of the metaclasses of all its bases");
                }
            }
            meta = winner;
        }
        String[] kwArr = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
        PyTuple basesTuple = PyTuple.of(bases);
        PyObject prepare = Abstract.lookupAttr(meta, Names.__prepare__);
        PyObject ns;
        if (prepare != null) {
            PyObject[] pargs = new PyObject[2 + kwValues.size()];
            pargs[0] = name;
            pargs[1] = basesTuple;
            for (int i = 0; i < kwValues.size(); i++) {
                pargs[2 + i] = kwValues.get(i);
            }
            ns = prepare.call(pargs, kwArr);
        } else {
            ns = new PyDict();
        }
        if (!(ns instanceof PyDict nsDict)) {
            throw PyExc.typeError("%s.__prepare__() must return a mapping, not %s", ((PyType) meta).name, ns.type().name);
        }
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(body.code, body.globals, ts.interp.builtinsFor(body.globals), nsDict, body.closure);
        PyObject cell = org.gilpy.vm.Eval.run(ts, f, null);
        if (origBases != bases) {
            nsDict.setItem(org.gilpy.objects.PyStr.intern("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] cargs = new PyObject[3 + kwValues.size()];
        cargs[0] = name;
        cargs[1] = basesTuple;
        cargs[2] = nsDict;
        for (int i = 0; i < kwValues.size(); i++) {
            cargs[3 + i] = kwValues.get(i);
        }
        PyObject cls = meta.call(cargs, kwArr);
        if (cell instanceof PyCell c && c.value == null) {
            c.set(cls);
        }
        return cls;
    }

    /** PEP 560: a base with {@code __mro_entries__} is replaced by what it returns. */
    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        boolean any = false;
        for (PyObject b : bases) {
            if (!(b instanceof PyType) && Abstract.lookupAttr(b, Names.__mro_entries__) != null) {
                any = true;
            }
        }
        if (!any) {
            return bases;
        }
        List<PyObject> out = new ArrayList<>();
        PyTuple orig = PyTuple.of(bases);
        for (PyObject b : bases) {
            PyObject entries = b instanceof PyType ? null : Abstract.lookupAttr(b, Names.__mro_entries__);
            if (entries != null) {
                // looked up on the base itself, as CPython does (a function may carry one)
                out.addAll(Arrays.asList(Abstract.toArray(Abstract.call(entries, orig))));
            } else {
                out.add(b);
            }
        }
        return out.toArray(new PyObject[0]);
    }
}

package org.gilpy.vm;

import org.gilpy.bytecode.PyCode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyInstance;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * LOAD_ATTR's inline cache (after CPython 3.11's LOAD_ATTR_INSTANCE_VALUE): for an instance of
 * a Python class, what its class gives for the name, valid while the class's version tag has not
 * moved. When the class gives nothing, or a plain value that is no descriptor, the instance's
 * dict decides without walking the MRO; anything else (descriptors, properties, methods,
 * __getattr__, class values of Python classes) takes the full lookup. STORE_ATTR likewise
 * goes straight to the dict when the class has object's __setattr__ and no data descriptor there.
 */
final class AttrCache {
    private AttrCache() {}

    /**
     * A class at one version, and what decides the name for its instances: when direct, the
     * instance's dict, then classValue (null for nothing); else the full lookup, which the entry
     * spares the checks that found so.
     */
    private record Entry(PyType type, int version, boolean direct, PyObject classValue) {}

    static PyObject load(PyCode code, int at, PyObject obj, PyStr name) {
        if (obj.getClass() == PyInstance.class) {
            PyInstance inst = (PyInstance) obj;
            PyType tp = inst.type();
            Entry e = code.attrCache[at] instanceof Entry c && c.type == tp && c.version == tp.version() ? c
                    : remember(code, at, tp, name);
            PyDict d = inst.getDict();
            if (e.direct && d != null) {
                PyObject v = d.getItem(name);
                if (v != null) {
                    return v;
                }
                if (e.classValue != null) {
                    return e.classValue;
                }
            }
        }
        return Abstract.getAttr(obj, name);
    }

    /** A class at one version, and whether its instances take the name straight into their dict. */
    private record StoreEntry(PyType type, int version, boolean direct) {}

    /**
     * STORE_ATTR: for an instance of a Python class with object's __setattr__ and no data
     * descriptor for the name (checked once per class version), the value goes into its dict.
     */
    static void store(PyCode code, int at, PyObject obj, PyStr name, PyObject value) {
        if (obj.getClass() == PyInstance.class) {
            PyInstance inst = (PyInstance) obj;
            PyType tp = inst.type();
            StoreEntry e = code.attrCache[at] instanceof StoreEntry c && c.type == tp && c.version == tp.version() ? c
                    : rememberStore(code, at, tp, name);
            PyDict d = inst.getDict();
            if (e.direct && d != null) {
                d.setItem(name, value);
                return;
            }
        }
        Abstract.setAttr(obj, name, value);
    }

    private static Entry remember(PyCode code, int at, PyType tp, PyStr name) {
        PyObject classValue = null;
        boolean direct = tp.isHeapType && !tp.hasCustomGetattr() && tp.hasInstanceDict();
        if (direct) {
            classValue = tp.lookup(name);
            // a value of a builtin type can never become a descriptor; one of a Python class could
            direct = classValue == null || !(classValue.type().isHeapType || classValue.type().isDescriptor
                    || classValue.type().isDataDescriptor);
        }
        Entry e = new Entry(tp, tp.version(), direct, direct ? classValue : null);
        code.attrCache[at] = e;
        return e;
    }

    private static StoreEntry rememberStore(PyCode code, int at, PyType tp, PyStr name) {
        boolean direct = tp.isHeapType && tp.hasInstanceDict() && !tp.hasCustomSetattr();
        if (direct) {
            PyObject classValue = tp.lookup(name);
            direct = classValue == null || !classValue.type().isDataDescriptor;
        }
        StoreEntry e = new StoreEntry(tp, tp.version(), direct);
        code.attrCache[at] = e;
        return e;
    }
}

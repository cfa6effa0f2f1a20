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

    /** A class at one version, and what its MRO gives for the name: null for nothing. */
    private record Entry(PyType type, int version, PyObject classValue) {}

    static PyObject load(PyCode code, int at, PyObject obj, PyStr name) {
        if (obj.getClass() == PyInstance.class) {
            PyInstance inst = (PyInstance) obj;
            Object cached = code.attrCache[at];
            PyType tp = inst.type();
            if (cached instanceof Entry e && e.type == tp && e.version == tp.version()) {
                PyDict d = inst.getDict();
                PyObject v = d == null ? null : d.getItem(name);
                if (v != null) {
                    return v;
                }
                if (e.classValue != null) {
                    return e.classValue;
                }
            } else {
                remember(code, at, tp, name);
            }
        }
        return Abstract.getAttr(obj, name);
    }

    /** A class at one version whose instances take the name straight into their dict. */
    private record StoreEntry(PyType type, int version) {}

    /**
     * STORE_ATTR: for an instance of a Python class with object's __setattr__ and no data
     * descriptor for the name (checked once per class version), the value goes into its dict.
     */
    static void store(PyCode code, int at, PyObject obj, PyStr name, PyObject value) {
        if (obj.getClass() == PyInstance.class) {
            PyInstance inst = (PyInstance) obj;
            PyType tp = inst.type();
            PyDict d = inst.getDict();
            if (d != null && code.attrCache[at] instanceof StoreEntry e && e.type == tp && e.version == tp.version()) {
                d.setItem(name, value);
                return;
            }
            if (tp.isHeapType && d != null && !tp.hasCustomSetattr()) {
                PyObject classValue = tp.lookup(name);
                if (classValue == null || !classValue.type().isDataDescriptor) {
                    code.attrCache[at] = new StoreEntry(tp, tp.version());
                }
            }
        }
        Abstract.setAttr(obj, name, value);
    }

    /** Caches the name for tp when the instance dict, then a plain class value, decide it. */
    private static void remember(PyCode code, int at, PyType tp, PyStr name) {
        if (!tp.isHeapType || tp.hasCustomGetattr() || !tp.hasInstanceDict()) {
            return;
        }
        PyObject classValue = tp.lookup(name);
        // a value of a builtin type can never become a descriptor; one of a Python class could
        if (classValue != null && (classValue.type().isHeapType || classValue.type().isDescriptor
                || classValue.type().isDataDescriptor)) {
            return;
        }
        code.attrCache[at] = new Entry(tp, tp.version(), classValue);
    }
}

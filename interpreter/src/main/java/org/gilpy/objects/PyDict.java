package org.gilpy.objects;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dict}: insertion-ordered, keyed by Python equality and hash (a Java LinkedHashMap whose
 * keys' hashCode/equals are Python's). Namespaces (module globals, class bodies, instance
 * attributes) are dicts too.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyBaseObject.TYPE, DictMethods::define);

    final LinkedHashMap<PyObject, PyObject> map;
    /**
     * Changes whenever a key is added, removed or rebound, so a reader can cache what it found
     * (LOAD_GLOBAL's cache, as CPython 3.11's dict versions). Dicts belong to one interpreter,
     * whose GIL orders the updates.
     */
    private int version;

    public PyDict() {
        map = new LinkedHashMap<>();
    }

    public PyDict(int expected) {
        map = new LinkedHashMap<>(Math.max(4, expected * 4 / 3 + 1));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject getItem(PyObject key) {
        if (map.isEmpty()) {
            return missingFromEmpty(key);
        }
        return map.get(key);
    }

    /**
     * A Java map that is empty answers without hashing the key; CPython's dict hashes it first,
     * so an unhashable key raises TypeError even there.
     */
    private static PyObject missingFromEmpty(PyObject key) {
        Abstract.hash(key);
        return null;
    }

    /** Lookup by a Java string (allocates a key: use interned PyStr on hot paths). */
    public PyObject get(String key) {
        return map.get(PyStr.intern(key));
    }

    public void setItem(PyObject key, PyObject value) {
        version++;
        map.put(key, value);
    }

    public void put(String key, PyObject value) {
        version++;
        map.put(PyStr.intern(key), value);
    }

    /** Removes key; returns the old value or null when absent. */
    public PyObject delItem(PyObject key) {
        version++;
        if (map.isEmpty()) {
            return missingFromEmpty(key);
        }
        return map.remove(key);
    }

    public int version() {
        return version;
    }

    public boolean contains(PyObject key) {
        if (map.isEmpty()) {
            return missingFromEmpty(key) != null;
        }
        return map.containsKey(key);
    }

    public int size() {
        return map.size();
    }

    public void clear() {
        version++;
        map.clear();
    }

    public void update(PyDict other) {
        version++;
        map.putAll(other.map);
    }

    public List<PyObject> keyList() {
        return new ArrayList<>(map.keySet());
    }

    public Iterable<Map.Entry<PyObject, PyObject>> entries() {
        return map.entrySet();
    }

    public PyDict copy() {
        PyDict d = new PyDict(map.size());
        d.map.putAll(map);
        return d;
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    /**
     * An iterator over keys, values or items (kind 0, 1, 2) that raises CPython's RuntimeError
     * when the dict changes size while it runs.
     */
    public PyObject iterator(int kind) {
        return new DictIter(this, kind);
    }

    static final class DictIter extends PyIterator {
        static final PyType[] TYPES = {
            PyIterator.newType("dict_keyiterator"), PyIterator.newType("dict_valueiterator"),
            PyIterator.newType("dict_itemiterator")
        };

        private final PyDict dict;
        private final int kind;
        private final int initialSize;
        private Iterator<Map.Entry<PyObject, PyObject>> it;
        private int seen;

        DictIter(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.initialSize = dict.size();
            this.it = dict.map.entrySet().iterator();
        }

        @Override
        public PyType type() {
            return TYPES[kind];
        }

        @Override
        public PyObject next() {
            if (it == null) {
                return null;
            }
            if (dict.size() != initialSize) {
                it = null;
                throw PyExc.runtimeError("dictionary changed size during iteration");
            }
            try {
                if (!it.hasNext()) {
                    it = null;
                    return null;
                }
                Map.Entry<PyObject, PyObject> e = it.next();
                seen++;
                return switch (kind) {
                    case 0 -> e.getKey();
                    case 1 -> e.getValue();
                    default -> PyTuple.of(e.getKey(), e.getValue());
                };
            } catch (ConcurrentModificationException ex) {
                it = null;
                throw PyExc.runtimeError("dictionary keys changed during iteration");
            }
        }
    }

    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyDict copy = c.remember(this, new PyDict(map.size()));
        c.copyItems(this, copy);
        return copy;
    }
}

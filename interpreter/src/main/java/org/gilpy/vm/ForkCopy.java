package org.gilpy.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyInstance;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;

/**
 * The copying a {@code fork} does, between two interpreters of one JVM: the child receives a
 * copy of every module of the parent ({@code sys.modules}, {@code __main__} included) and of
 * what it is asked to run, so that it starts from the parent's state and shares nothing mutable
 * with it afterwards.
 *
 * <p>Modules written in Java cannot be copied field by field: their functions belong to their
 * interpreter. The child makes its own instance of each, and every object the parent's instance
 * holds under a name is mapped to what the child's instance holds under the same name, before
 * anything else is copied. Data a Java module keeps in Python containers ({@code sys.path}), and
 * names a program rebound to objects of its own, are copied like everything else.
 */
final class ForkCopy implements ForkCopier {
    private final Map<PyObject, PyObject> memo = new IdentityHashMap<>();
    private final Interpreter parent;
    private final Interpreter child;

    ForkCopy(Interpreter parent, Interpreter child) {
        this.parent = parent;
        this.child = child;
    }

    @Override
    public PyObject copy(PyObject o) {
        PyObject c = memo.get(o);
        return c != null ? c : o.forkCopy(this);
    }

    @Override
    public <T extends PyObject> T remember(PyObject original, T copy) {
        memo.put(original, copy);
        return copy;
    }

    @Override
    public PyObject copied(PyObject original) {
        return memo.get(original);
    }

    @Override
    public void closeWithChild(Runnable close) {
        child.atProcessEnd(close);
    }

    /** Fills the child's sys.modules with the copies of the parent's modules. */
    void copyModules() {
        remember(parent.modules, child.modules);
        List<Runnable> deferred = new ArrayList<>();
        mapJavaModule(parent.builtinsModule, child.builtinsModule, deferred);
        mapJavaModule(parent.sys, child.sys, deferred);
        List<Map.Entry<PyObject, PyObject>> entries = new ArrayList<>();
        parent.modules.entries().forEach(entries::add);
        for (Map.Entry<PyObject, PyObject> e : entries) {
            if (e.getValue() instanceof PyModule m && parent.importer.isJavaModule(m) && memo.get(m) == null
                    && e.getKey() instanceof PyStr name) {
                PyModule fresh = child.importer.createJavaModule(name.value);
                if (fresh != null) {
                    mapJavaModule(m, fresh, deferred);
                }
            }
        }
        deferred.forEach(Runnable::run);
        for (Map.Entry<PyObject, PyObject> e : entries) {
            child.modules.setItem(copy(e.getKey()), copy(e.getValue()));
        }
    }

    /**
     * Maps parent's Java module and what it holds to child's instance of it; the names whose
     * values cannot be mapped (data, or objects the program put there) get copies, once every
     * Java module is mapped.
     */
    private void mapJavaModule(PyModule from, PyModule to, List<Runnable> deferred) {
        remember(from, to);
        PyDict ns = from.getDict();
        PyDict target = to.getDict();
        remember(ns, target);
        for (Map.Entry<PyObject, PyObject> e : ns.entries()) {
            PyObject value = e.getValue();
            if (value == parent.modules) {
                continue;
            }
            PyObject own = target.getItem(e.getKey());
            if (own != null && own.getClass() == value.getClass() && !isData(value)) {
                if (memo.get(value) == null) {
                    remember(value, own);
                }
            } else {
                PyObject key = e.getKey();
                deferred.add(() -> target.setItem(key, copy(value)));
            }
        }
    }

    /** Containers and instances are the module's data, copied rather than mapped. */
    private static boolean isData(PyObject o) {
        return o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyInstance
                || o instanceof PyByteArray;
    }
}

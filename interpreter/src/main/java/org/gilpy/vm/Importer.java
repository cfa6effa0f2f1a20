package org.gilpy.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;

/**
 * The import system: {@code sys.modules}, then Java modules (registered through {@link ModuleDef}),
 * then {@code .py} files and packages on {@code sys.path}, then the Python-source modules bundled
 * in the jar under {@code gilpy/lib/}.
 */
public final class Importer {
    private final Interpreter interp;
    /** The modules of this interpreter that a ModuleDef made (and builtins, sys): see {@link #isJavaModule}. */
    private final Set<PyModule> madeInJava = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Every interpreter of the JVM finds the same Java modules: the service scan is done once. */
    private static Map<String, ModuleDef> javaModules;

    Importer(Interpreter interp) {
        this.interp = interp;
    }

    private static synchronized Map<String, ModuleDef> javaModules() {
        if (javaModules == null) {
            javaModules = new HashMap<>();
            var providers = ServiceLoader.load(ModuleDef.class, Importer.class.getClassLoader()).iterator();
            while (true) {
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    ModuleDef def = providers.next();
                    javaModules.put(def.name(), def);
                } catch (java.util.ServiceConfigurationError broken) {
                    // one unloadable module must not make every import fail; that module is just absent
                }
            }
        }
        return javaModules;
    }

    /** IMPORT_NAME: imports name (absolute or relative to globals' package) and returns what binds. */
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw PyExc.valueError("Empty module name");
        }
        PyModule leaf = importModule(absolute);
        boolean hasFrom = fromlist != PyNone.NONE && fromlist instanceof PyTuple t && t.items.length > 0;
        if (hasFrom) {
            if (leaf.getDict().getItem(Names.__path__) != null) {
                for (PyObject item : ((PyTuple) fromlist).items) {
                    String sub = ((PyStr) item).value;
                    if (!sub.equals("*") && leaf.getDict().getItem(PyStr.intern(sub)) == null) {
                        try {
                            importModule(absolute + "." + sub);
                        } catch (PyException e) {
                            if (!e.matches(PyExc.ModuleNotFoundError)) {
                                throw e;
                            }
                        }
                    }
                }
            }
            return leaf;
        }
        if (level > 0 && name.isEmpty()) {
            return leaf;
        }
        String top = absolute.substring(0, absolute.indexOf('.') < 0 ? absolute.length() : absolute.indexOf('.'));
        if (level > 0) {
            return leaf;
        }
        return interp.modules.getItem(PyStr.intern(top));
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getItem(Names.__package__);
        String base;
        if (pkg instanceof PyStr p) {
            base = p.value;
        } else {
            PyObject modName = globals.getItem(Names.__name__);
            String mn = modName instanceof PyStr s ? s.value : "";
            base = globals.getItem(Names.__path__) != null ? mn : (mn.contains(".") ? mn.substring(0, mn.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw PyExc.raise(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyExc.raise(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by absolute dotted name (parents first) and returns it. */
    public PyModule importModule(String absolute) {
        PyObject existing = interp.modules.getItem(PyStr.intern(absolute));
        if (existing instanceof PyModule m) {
            return m;
        }
        if (existing != null && existing != PyNone.NONE) {
            return asModule(existing);
        }
        int dot = absolute.lastIndexOf('.');
        PyModule parent = null;
        if (dot > 0) {
            parent = importModule(absolute.substring(0, dot));
            existing = interp.modules.getItem(PyStr.intern(absolute));
            if (existing instanceof PyModule m) {
                return m;
            }
        }
        interp.checkImportAllowed(absolute);
        PyModule m = find(absolute, parent);
        if (m == null) {
            PyException e = PyExc.raise(PyExc.ModuleNotFoundError, "No module named '%s'", absolute);
            e.value.setAttr("name", PyStr.of(absolute));
            throw e;
        }
        if (parent != null) {
            parent.getDict().setItem(PyStr.intern(absolute.substring(dot + 1)), m);
        }
        return m;
    }

    /** A fresh instance of the Java module name in sys.modules, or null when there is no such module. */
    public PyModule createJavaModule(String name) {
        ModuleDef def = javaModules().get(name);
        if (def == null) {
            return null;
        }
        PyModule m = def.create(interp);
        synchronized (madeInJava) {
            madeInJava.add(m);
        }
        interp.modules.setItem(PyStr.intern(name), m);
        return m;
    }

    /** Whether m was made in Java (a ModuleDef's module, builtins, sys) rather than from Python source. */
    public boolean isJavaModule(PyModule m) {
        if (m == interp.builtinsModule || m == interp.sys) {
            return true;
        }
        synchronized (madeInJava) {
            return madeInJava.contains(m);
        }
    }

    private PyModule asModule(PyObject o) {
        if (o instanceof PyModule m) {
            return m;
        }
        PyModule wrapper = new PyModule(Abstract.str(Abstract.getAttr(o, Names.__name__)).value);
        return wrapper;
    }

    private PyModule find(String name, PyModule parent) {
        PyModule made = createJavaModule(name);
        if (made != null) {
            return made;
        }
        String leaf = name.substring(name.lastIndexOf('.') + 1);
        if (parent != null) {
            PyObject path = parent.getDict().getItem(Names.__path__);
            if (path == null) {
                return null;
            }
            for (PyObject entry : Abstract.toArray(path)) {
                PyModule m = findIn(Abstract.str(entry).value, name, leaf);
                if (m != null) {
                    return m;
                }
            }
            return findResource(name);
        }
        PyObject sysPath = interp.sys.getDict().getItem(PyStr.intern("path"));
        if (sysPath instanceof PyList list) {
            for (PyObject entry : list.toArray()) {
                if (entry instanceof PyStr dir) {
                    PyModule m = findIn(interp.resolvePath(dir.value).toString(), name, leaf);
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        return findResource(name);
    }

    private PyModule findIn(String dir, String name, String leaf) {
        Path base = Path.of(dir);
        Path pkgInit = base.resolve(leaf).resolve("__init__.py");
        if (Files.isRegularFile(pkgInit)) {
            return loadSource(name, pkgInit.toString(), read(pkgInit), base.resolve(leaf).toString());
        }
        Path file = base.resolve(leaf + ".py");
        if (Files.isRegularFile(file)) {
            return loadSource(name, file.toString(), read(file), null);
        }
        return null;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyExc.raise(PyExc.ImportError, "cannot read %s: %s", p, e.getMessage());
        }
    }

    /** Modules written in Python and shipped inside the jar ({@code gilpy/lib/a/b.py}). */
    private PyModule findResource(String name) {
        String rel = name.replace('.', '/');
        String pkg = "gilpy/lib/" + rel + "/__init__.py";
        String src = resource(pkg);
        if (src != null) {
            return loadSource(name, "<frozen " + name + ">", src, "gilpy/lib/" + rel);
        }
        src = resource("gilpy/lib/" + rel + ".py");
        if (src != null) {
            return loadSource(name, "<frozen " + name + ">", src, null);
        }
        return null;
    }

    private static String resource(String path) {
        try (InputStream in = Importer.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Compiles and runs module source; the module is in sys.modules while it runs (cycles). */
    public PyModule loadSource(String name, String filename, String source, String packagePath) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(Names.__file__, PyStr.of(filename));
        d.setItem(Names.__builtins__, interp.builtinsModule);
        d.setItem(Names.__loader__, PyNone.NONE);
        d.setItem(Names.__spec__, PyNone.NONE);
        if (packagePath != null) {
            d.setItem(Names.__path__, new PyList(new PyObject[] {PyStr.of(packagePath)}));
            d.setItem(Names.__package__, PyStr.of(name));
        } else {
            d.setItem(Names.__package__, PyStr.of(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        }
        PyStr key = PyStr.intern(name);
        interp.modules.setItem(key, m);
        try {
            interp.linecache.put(filename, source);
            interp.execCode(ModuleCodeCache.compile(source, filename, interp.syntaxWarnings(filename)), d, d);
        } catch (RuntimeException e) {
            interp.modules.delItem(key);
            throw interp.asPyException(e);
        }
        PyObject result = interp.modules.getItem(key);
        return result instanceof PyModule rm ? rm : m;
    }

    /** IMPORT_FROM: an attribute of the module, or its submodule, or CPython's ImportError. */
    public PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = module.getDict() == null ? null : module.getDict().getItem(Names.__name__);
        if (modName instanceof PyStr mn) {
            PyObject sub = interp.modules.getItem(PyStr.intern(mn.value + "." + name.value));
            if (sub != null) {
                return sub;
            }
            PyObject file = module.getDict().getItem(Names.__file__);
            String where = file instanceof PyStr f ? f.value : "unknown location";
            PyException e = PyExc.raise(PyExc.ImportError, "cannot import name '%s' from '%s' (%s)", name.value,
                    mn.value, where);
            e.value.setAttr("name", mn);
            throw e;
        }
        throw PyExc.raise(PyExc.ImportError, "cannot import name '%s'", name.value);
    }
}

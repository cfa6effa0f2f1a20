package org.gilpy.stdlib.imp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _imp}: what importlib asks the import system without importing anything. gilpy's
 * "built-in" modules are the Java ones registered as {@link ModuleDef}s; its "frozen" ones are
 * the Python sources bundled in the jar under {@code gilpy/lib/}.
 */
public final class ImpModule implements ModuleDef {
    @Override
    public String name() {
        return "_imp";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_imp");
        Set<String> builtin = javaModuleNames();
        builtin.add("sys");
        builtin.add("builtins");
        m.function("is_builtin", Builtin.of("is_builtin",
                (self, name) -> PyInt.of(builtin.contains(Abstract.strArg(name, "is_builtin")) ? 1 : 0)));
        m.function("is_frozen", Builtin.of("is_frozen",
                (self, name) -> PyBool.of(isFrozen(Abstract.strArg(name, "is_frozen")))));
        m.function("is_frozen_package", Builtin.of("is_frozen_package",
                (self, name) -> PyBool.of(isResource(packagePath(Abstract.strArg(name, "is_frozen_package"))))));
        m.function("get_frozen_source", Builtin.of("get_frozen_source",
                (self, name) -> frozenSource(Abstract.strArg(name, "get_frozen_source"))));
        m.function("extension_suffixes", Builtin.of("extension_suffixes", self -> new PyList()));
        m.function("acquire_lock", Builtin.of("acquire_lock", self -> PyNone.NONE));
        m.function("release_lock", Builtin.of("release_lock", self -> PyNone.NONE));
        m.function("lock_held", Builtin.of("lock_held", self -> PyBool.FALSE));
        return m;
    }

    private static Set<String> javaModuleNames() {
        Set<String> names = new HashSet<>();
        for (ModuleDef def : ServiceLoader.load(ModuleDef.class, ImpModule.class.getClassLoader())) {
            names.add(def.name());
        }
        return names;
    }

    private static String packagePath(String name) {
        return "gilpy/lib/" + name.replace('.', '/') + "/__init__.py";
    }

    private static boolean isFrozen(String name) {
        return isResource("gilpy/lib/" + name.replace('.', '/') + ".py") || isResource(packagePath(name));
    }

    /**
     * The source of a module bundled in the jar, or None (gilpy-only: CPython's frozen modules
     * keep no source). gilpy.lab hands its workload to python3 with it.
     */
    private static PyObject frozenSource(String name) {
        String module = "gilpy/lib/" + name.replace('.', '/') + ".py";
        String path = isResource(module) ? module : packagePath(name);
        try (InputStream in = ImpModule.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? PyNone.NONE : PyStr.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return PyNone.NONE;
        }
    }

    private static boolean isResource(String path) {
        return ImpModule.class.getClassLoader().getResource(path) != null;
    }
}

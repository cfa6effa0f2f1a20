package org.gilpy.stdlib.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilpy.builtins.SysModule;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StructSeq;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/** The {@code platform} module's common queries, answered from the JVM and /proc. */
public final class PlatformModule implements ModuleDef {
    private static final PyType UNAME = StructSeq.newType("platform.uname_result", "system", "node", "release",
            "version", "machine");

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("platform");
        String system = System.getProperty("os.name");
        String node = hostname();
        String release = proc("osrelease", System.getProperty("os.version"));
        String version = proc("version", "");
        String machine = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String pyVersion = SysModule.MAJOR + "." + SysModule.MINOR + "." + SysModule.MICRO;
        constant(m, "system", system);
        constant(m, "node", node);
        constant(m, "release", release);
        constant(m, "version", version);
        constant(m, "machine", machine);
        constant(m, "processor", "");
        constant(m, "python_version", pyVersion);
        constant(m, "python_implementation", "gilpy");
        constant(m, "python_compiler", "Java " + System.getProperty("java.version"));
        constant(m, "platform", system + "-" + release + "-" + machine);
        m.function("python_version_tuple", Builtin.of("python_version_tuple", self -> PyTuple.of(
                PyStr.of(String.valueOf(SysModule.MAJOR)), PyStr.of(String.valueOf(SysModule.MINOR)),
                PyStr.of(String.valueOf(SysModule.MICRO)))));
        m.function("python_build", Builtin.of("python_build", self -> PyTuple.of(PyStr.of("main"), PyStr.of(""))));
        m.function("architecture", (self, args, kw) -> PyTuple.of(
                PyStr.of(System.getProperty("sun.arch.data.model", "64") + "bit"), PyStr.of("ELF")));
        m.function("uname", Builtin.of("uname", self -> StructSeq.make(UNAME, PyStr.of(system), PyStr.of(node),
                PyStr.of(release), PyStr.of(version), PyStr.of(machine))));
        return m;
    }

    private static void constant(PyModule m, String name, String value) {
        PyStr v = PyStr.of(value);
        m.function(name, (self, args, kw) -> v);
    }

    private static String proc(String name, String dflt) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/" + name)).strip();
        } catch (IOException e) {
            return dflt;
        }
    }

    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}

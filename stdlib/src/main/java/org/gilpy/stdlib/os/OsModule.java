package org.gilpy.stdlib.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StructSeq;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.Interpreter;

/**
 * The {@code os} module for one interpreter. Java cannot change the JVM's working directory, so
 * getcwd/chdir read and move the interpreter's own ({@link Interpreter#resolvePath} resolves
 * every relative path against it); environ is the interpreter's copy of the environment; the
 * process ids come from {@link ProcessIds}. {@code os.path} is {@link PosixPathModule}.
 */
public final class OsModule implements ModuleDef {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PyType TERMINAL_SIZE = StructSeq.newType("os.terminal_size", "columns", "lines");
    /** os.PathLike: a base for classes that define __fspath__ (not an ABC with a subclass hook here). */
    private static final PyType PATH_LIKE = PyType.builtin("PathLike", org.gilpy.objects.PyBaseObject.TYPE, t -> {
        t.def("__module__", PyStr.of("os"));
        t.constructor((unused, args, kw) -> new org.gilpy.objects.PyInstance((PyType) args[0]));
        t.method("__fspath__", self -> {
            throw PyExc.raise(PyExc.NotImplementedError, "");
        });
    });
    private static final PyType UNAME = StructSeq.newType("posix.uname_result", "sysname", "nodename", "release",
            "version", "machine");

    @Override
    public String name() {
        return "os";
    }

    /** The os.environ dict of an interpreter, or null when os was never imported there. */
    static PyDict environ(Interpreter interp) {
        if (interp == null) {
            return null;
        }
        PyObject os = interp.modules.getItem(PyStr.intern("os"));
        PyObject env = os instanceof PyModule m ? m.getDict().get("environ") : null;
        return env instanceof PyDict d ? d : null;
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("os");
        // os.path is imported from here; os must already be importable for that module's own use
        interp.modules.setItem(PyStr.intern("os"), m);
        PyModule path = interp.importer.importModule("posixpath");
        interp.modules.setItem(PyStr.intern("os.path"), path);
        m.put("path", path);
        for (String name : new String[] {"sep", "altsep", "extsep", "pathsep", "curdir", "pardir", "defpath", "devnull"}) {
            m.put(name, path.getDict().get(name));
        }
        m.put("name", PyStr.of("posix")).put("linesep", PyStr.of("\n"));
        m.put("error", PyExc.OSError);
        m.put("SEEK_SET", PyInt.of(0)).put("SEEK_CUR", PyInt.of(1)).put("SEEK_END", PyInt.of(2));
        m.put("F_OK", PyInt.of(0)).put("R_OK", PyInt.of(4)).put("W_OK", PyInt.of(2)).put("X_OK", PyInt.of(1));
        m.put("PathLike", PATH_LIKE);
        m.put("stat_result", StatResult.TYPE).put("terminal_size", TERMINAL_SIZE).put("DirEntry", Scandir.DIR_ENTRY);

        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
            environ.setItem(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
        }
        m.put("environ", environ);
        m.function("getenv", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("getenv", args, kw, new String[] {"key", "default"}, 1, null, PyNone.NONE);
            if (!(p[0] instanceof PyStr)) {
                throw PyExc.typeError("str expected, not %s", p[0].type().name);
            }
            PyObject v = environ.getItem(p[0]);
            return v == null ? p[1] : v;
        });
        m.function("putenv", Builtin.of("putenv", (self, k, v) -> {
            checkEnvName(k);
            Abstract.strArg(v, "putenv");
            return PyNone.NONE;
        }));
        m.function("unsetenv", Builtin.of("unsetenv", (self, k) -> {
            checkEnvName(k);
            return PyNone.NONE;
        }));

        m.function("getpid", Builtin.of("getpid", self -> PyInt.of(ProcessIds.pid(interp))));
        m.function("kill", Builtin.of("kill", (self, pid, sig) -> {
            long s = Abstract.index(sig);
            if (s < 0 || s >= org.gilpy.vm.Signals.NSIG) {
                throw PyExc.osError(PyExc.OSError, 22, "Invalid argument", null);
            }
            org.gilpy.stdlib.signal.SignalModule.kill(interp, Abstract.index(pid), (int) s);
            return PyNone.NONE;
        }));
        m.function("_exit", Builtin.of("_exit", (self, status) -> {
            throw interp.osExit((int) Abstract.indexInt(status).bigValue().longValue());
        }));
        m.function("getppid", Builtin.of("getppid", self -> PyInt.of(ProcessIds.ppid(interp))));
        m.function("cpu_count", Builtin.of("cpu_count", self -> PyInt.of(Runtime.getRuntime().availableProcessors())));
        m.function("getlogin", Builtin.of("getlogin", self -> PyStr.of(System.getProperty("user.name"))));
        for (String[] id : new String[][] {{"getuid", "Uid", "1"}, {"geteuid", "Uid", "2"}, {"getgid", "Gid", "1"},
            {"getegid", "Gid", "2"}}) {
            m.function(id[0], Builtin.of(id[0], self -> PyInt.of(processId(id[1], Integer.parseInt(id[2])))));
        }
        long[] umask = {0022};
        m.function("umask", Builtin.of("umask", (self, mask) -> {
            long previous = umask[0];
            umask[0] = Abstract.index(mask) & 0777;
            return PyInt.of(previous);
        }));
        m.function("uname", Builtin.of("uname", self -> StructSeq.make(UNAME, PyStr.of(System.getProperty("os.name")),
                PyStr.of(hostname()), PyStr.of(System.getProperty("os.version")), PyStr.of(""),
                PyStr.of(machine()))));
        m.function("urandom", Builtin.of("urandom", (self, n) -> {
            long size = Abstract.index(n);
            if (size < 0) {
                throw PyExc.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) size];
            RANDOM.nextBytes(b);
            return new PyBytes(b);
        }));
        m.function("strerror", Builtin.of("strerror", (self, code) -> PyStr.of(org.gilpy.stdlib.errno.ErrnoModule.message((int) Abstract.index(code)))));
        m.function("fspath", Builtin.of("fspath", (self, p) -> PathArgs.fspath(p)));
        m.function("get_terminal_size", (self, args, kw) -> {
            Builtin.range("get_terminal_size", args, 0, 1);
            if (System.console() == null) {
                throw PathArgs.error(25, "Inappropriate ioctl for device", null, null);
            }
            return StructSeq.make(TERMINAL_SIZE, PyInt.of(envInt(environ, "COLUMNS", 80)),
                    PyInt.of(envInt(environ, "LINES", 24)));
        });
        m.function("system", Builtin.of("system", (self, cmd) -> PyInt.of(system(interp, Abstract.strArg(cmd, "system")))));

        defineFileFunctions(m, interp);
        return m;
    }

    private static void checkEnvName(PyObject k) {
        String name = Abstract.strArg(k, "putenv");
        if (name.isEmpty() || name.contains("=")) {
            throw PyExc.valueError("illegal environment variable name");
        }
    }

    private static int envInt(PyDict environ, String name, int dflt) {
        PyObject v = environ.getItem(PyStr.of(name));
        try {
            return v instanceof PyStr s ? Integer.parseInt(s.value.trim()) : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** A real/effective uid or gid from /proc/self/status, 0 when unavailable. */
    private static long processId(String key, int column) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[column - 1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") ? "x86_64" : arch;
    }

    /** os.system: runs the command with sh, its output going to this interpreter's streams. */
    private static long system(Interpreter interp, String command) {
        interp.stdout.flushQuietly();
        interp.stderr.flushQuietly();
        return Blocking.io(() -> {
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
            pb.directory(interp.config.cwd().toFile());
            PyDict environ = environ(interp);
            if (environ != null) {
                Map<String, String> env = pb.environment();
                env.clear();
                for (Map.Entry<PyObject, PyObject> e : environ.entries()) {
                    if (e.getKey() instanceof PyStr k && e.getValue() instanceof PyStr v) {
                        env.put(k.value, v.value);
                    }
                }
            }
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            byte[] err = p.getErrorStream().readAllBytes();
            byte[] out = p.getInputStream().readAllBytes();
            int status = p.waitFor();
            write(interp.stdout, out);
            write(interp.stderr, err);
            return (long) (status << 8);
        });
    }

    private static void write(org.gilpy.builtins.PyFile f, byte[] data) {
        if (data.length > 0) {
            f.write(new String(data, StandardCharsets.UTF_8));
            f.flushQuietly();
        }
    }

    // ---- files and directories ----

    private static String pathArg(PyObject o, String fname) {
        return PathArgs.string(o, fname, "path");
    }

    private static void defineFileFunctions(PyModule m, Interpreter interp) {
        m.function("getcwd", Builtin.of("getcwd", self -> PyStr.of(interp.config.cwd().toString())));
        m.function("getcwdb", Builtin.of("getcwdb", self ->
                new PyBytes(interp.config.cwd().toString().getBytes(StandardCharsets.UTF_8))));
        m.function("chdir", Builtin.of("chdir", (self, p) -> {
            String name = pathArg(p, "chdir");
            Path dir = PathArgs.resolve(interp, name);
            if (!Files.exists(dir)) {
                throw PathArgs.error(2, "No such file or directory", name, null);
            }
            if (!Files.isDirectory(dir)) {
                throw PathArgs.error(20, "Not a directory", name, null);
            }
            interp.config.cwd(dir.normalize());
            return PyNone.NONE;
        }));
        m.function("listdir", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("listdir", args, kw, new String[] {"path"}, 0, PyStr.of("."));
            boolean bytes = p[0] instanceof PyBytes;
            String dir = p[0] == PyNone.NONE ? "." : pathArg(p[0], "listdir");
            PyList out = new PyList();
            for (String name : Scandir.names(interp, dir)) {
                out.append(bytes ? new PyBytes(name.getBytes(StandardCharsets.UTF_8)) : PyStr.of(name));
            }
            return out;
        });
        m.function("scandir", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("scandir", args, kw, new String[] {"path"}, 0, PyStr.of("."));
            String dir = p[0] == PyNone.NONE ? "." : pathArg(p[0], "scandir");
            return new Scandir.ScandirIterator(interp, dir);
        });
        m.function("walk", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("walk", args, kw, new String[] {"top", "topdown", "onerror", "followlinks"},
                    1, null, PyBool.TRUE, PyNone.NONE, PyBool.FALSE);
            return new Scandir.Walk(interp, PosixPathModule.p(p[0]).s(), p[1].isTrue(), p[2], p[3].isTrue());
        });
        m.function("mkdir", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("mkdir", args, kw, new String[] {"path", "mode", "dir_fd"}, 1,
                    null, PyInt.of(0777), PyNone.NONE);
            String name = pathArg(p[0], "mkdir");
            io(name, null, () -> Files.createDirectory(PathArgs.resolve(interp, name)));
            return PyNone.NONE;
        });
        m.function("makedirs", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("makedirs", args, kw, new String[] {"name", "mode", "exist_ok"}, 1,
                    null, PyInt.of(0777), PyBool.FALSE);
            String name = pathArg(p[0], "makedirs");
            Path dir = PathArgs.resolve(interp, name);
            if (Files.exists(dir)) {
                if (!p[2].isTrue() || !Files.isDirectory(dir)) {
                    throw PathArgs.error(17, "File exists", name, null);
                }
                return PyNone.NONE;
            }
            io(name, null, () -> Files.createDirectories(dir));
            return PyNone.NONE;
        });
        Builtin.Impl remove = (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("remove", args, kw, new String[] {"path", "dir_fd"}, 1, null, PyNone.NONE);
            String name = pathArg(p[0], "remove");
            Path f = PathArgs.resolve(interp, name);
            if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                throw PathArgs.error(21, "Is a directory", name, null);
            }
            io(name, null, () -> {
                Files.delete(f);
                return null;
            });
            return PyNone.NONE;
        };
        m.function("remove", remove).function("unlink", remove);
        m.function("rmdir", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("rmdir", args, kw, new String[] {"path", "dir_fd"}, 1, null, PyNone.NONE);
            rmdir(interp, pathArg(p[0], "rmdir"));
            return PyNone.NONE;
        });
        m.function("removedirs", Builtin.of("removedirs", (self, p) -> {
            String name = pathArg(p, "removedirs");
            rmdir(interp, name);
            String[] ht = PosixPathModule.split(name);
            if (ht[1].isEmpty()) {
                ht = PosixPathModule.split(ht[0]);
            }
            while (!ht[0].isEmpty() && !ht[1].isEmpty()) {
                try {
                    rmdir(interp, ht[0]);
                } catch (PyException e) {
                    if (!e.matches(PyExc.OSError)) {
                        throw e;
                    }
                    break;
                }
                ht = PosixPathModule.split(ht[0]);
            }
            return PyNone.NONE;
        }));
        Builtin.Impl rename = (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("rename", args, kw, new String[] {"src", "dst"}, 2);
            String src = pathArg(p[0], "rename");
            String dst = pathArg(p[1], "rename");
            io(src, dst, () -> Files.move(PathArgs.resolve(interp, src), PathArgs.resolve(interp, dst),
                    StandardCopyOption.ATOMIC_MOVE));
            return PyNone.NONE;
        };
        m.function("rename", rename).function("replace", rename);
        m.function("stat", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("stat", args, kw, new String[] {"path", "dir_fd", "follow_symlinks"}, 1,
                    null, PyNone.NONE, PyBool.TRUE);
            return StatResult.stat(interp, pathArg(p[0], "stat"), p[2].isTrue());
        });
        m.function("lstat", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("lstat", args, kw, new String[] {"path", "dir_fd"}, 1, null, PyNone.NONE);
            return StatResult.stat(interp, pathArg(p[0], "lstat"), false);
        });
        m.function("access", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("access", args, kw, new String[] {"path", "mode"}, 2);
            Path f = PathArgs.resolve(interp, pathArg(p[0], "access"));
            long mode = Abstract.index(p[1]);
            boolean ok = Files.exists(f) && ((mode & 4) == 0 || Files.isReadable(f))
                    && ((mode & 2) == 0 || Files.isWritable(f)) && ((mode & 1) == 0 || Files.isExecutable(f));
            return PyBool.of(ok);
        });
        m.function("chmod", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("chmod", args, kw, new String[] {"path", "mode"}, 2);
            String name = pathArg(p[0], "chmod");
            Set<PosixFilePermission> perms = permissions(Abstract.index(p[1]));
            io(name, null, () -> Files.setPosixFilePermissions(PathArgs.resolve(interp, name), perms));
            return PyNone.NONE;
        });
        m.function("symlink", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("symlink", args, kw, new String[] {"src", "dst", "target_is_directory"}, 2,
                    null, null, PyBool.FALSE);
            String src = pathArg(p[0], "symlink");
            String dst = pathArg(p[1], "symlink");
            io(src, dst, () -> Files.createSymbolicLink(PathArgs.resolve(interp, dst), Path.of(src)));
            return PyNone.NONE;
        });
        m.function("readlink", Builtin.of("readlink", (self, p) -> {
            String name = pathArg(p, "readlink");
            return PyStr.of(io(name, null, () -> Files.readSymbolicLink(PathArgs.resolve(interp, name))).toString());
        }));
    }

    private static Set<PosixFilePermission> permissions(long mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1L << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        return perms;
    }

    private static void rmdir(Interpreter interp, String name) {
        Path dir = PathArgs.resolve(interp, name);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw PathArgs.error(20, "Not a directory", name, null);
        }
        io(name, null, () -> {
            Files.delete(dir);
            return null;
        });
    }

    @FunctionalInterface
    private interface FileAction<T> {
        T run() throws IOException;
    }

    /** Runs a file operation, turning its IOException into the OSError CPython raises. */
    private static <T> T io(String filename, String filename2, FileAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw PathArgs.error(e, filename, filename2);
        }
    }
}

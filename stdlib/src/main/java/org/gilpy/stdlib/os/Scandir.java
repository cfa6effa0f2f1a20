package org.gilpy.stdlib.os;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;

/** os.scandir with its DirEntry objects, os.listdir, and os.walk built on them. */
final class Scandir {
    private Scandir() {}

    /** The names in a directory, in the order the file system lists them. */
    static List<String> names(Interpreter interp, String path) {
        Path dir = PathArgs.resolve(interp, path);
        if (!Files.isDirectory(dir) && Files.exists(dir)) {
            throw PathArgs.error(20, "Not a directory", path, null);
        }
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                out.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            throw PathArgs.error(e, path, null);
        }
        return out;
    }

    static String join(String dir, String name) {
        return dir.isEmpty() || dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    // ---- scandir ----

    static final PyType SCANDIR_ITERATOR = PyType.builtin("ScandirIterator", PyBaseObject.TYPE, t -> {
        t.def("__module__", PyStr.of("posix"));
        t.isBaseType = false;
        t.method("__iter__", self -> self);
        t.method("__next__", self -> {
            PyObject r = ((ScandirIterator) self).next();
            if (r == null) {
                throw PyExc.stopIteration();
            }
            return r;
        });
        t.method("__enter__", self -> self);
        t.methodVar("__exit__", (self, args, kw) -> {
            ((ScandirIterator) self).close();
            return PyBool.FALSE;
        });
        t.method("close", self -> {
            ((ScandirIterator) self).close();
            return PyNone.NONE;
        });
    });

    static final class ScandirIterator extends PyIterator {
        private final Interpreter interp;
        private final String dir;
        private Iterator<String> names;

        ScandirIterator(Interpreter interp, String dir) {
            this.interp = interp;
            this.dir = dir;
            this.names = names(interp, dir).iterator();
        }

        @Override
        public PyType type() {
            return SCANDIR_ITERATOR;
        }

        @Override
        public PyObject next() {
            if (names == null || !names.hasNext()) {
                return null;
            }
            String name = names.next();
            String path = dir.equals(".") ? join(".", name) : join(dir, name);
            return new DirEntry(interp, name, path);
        }

        void close() {
            names = null;
        }
    }

    static final PyType DIR_ENTRY = PyType.builtin("DirEntry", PyBaseObject.TYPE, t -> {
        t.def("__module__", PyStr.of("posix"));
        t.isBaseType = false;
        t.getter("name", self -> PyStr.of(((DirEntry) self).name));
        t.getter("path", self -> PyStr.of(((DirEntry) self).path));
        t.methodVar("is_dir", (self, args, kw) -> PyBool.of(((DirEntry) self).is(follow(args, kw, "is_dir"), true)));
        t.methodVar("is_file", (self, args, kw) -> PyBool.of(((DirEntry) self).is(follow(args, kw, "is_file"), false)));
        t.method("is_symlink", self -> PyBool.of(Files.isSymbolicLink(((DirEntry) self).resolved())));
        t.methodVar("stat", (self, args, kw) ->
                StatResult.stat(((DirEntry) self).interp, ((DirEntry) self).path, follow(args, kw, "stat")));
        t.method("inode", self -> Abstract.getItem(
                StatResult.stat(((DirEntry) self).interp, ((DirEntry) self).path, false), PyInt.of(1)));
        t.method("__fspath__", self -> PyStr.of(((DirEntry) self).path));
        t.method("__repr__", self -> PyStr.of("<DirEntry " + PyStr.repr(((DirEntry) self).name) + ">"));
    });

    private static boolean follow(PyObject[] args, String[] kw, String fname) {
        if (args.length - (kw == null ? 0 : kw.length) > 0) {
            throw PyExc.typeError("DirEntry.%s() takes no positional arguments", fname);
        }
        return ArgParser.parse(fname, args, kw, new String[] {"follow_symlinks"}, 0, PyBool.TRUE)[0].isTrue();
    }

    static final class DirEntry extends PyObject {
        final Interpreter interp;
        final String name;
        final String path;

        DirEntry(Interpreter interp, String name, String path) {
            this.interp = interp;
            this.name = name;
            this.path = path;
        }

        @Override
        public PyType type() {
            return DIR_ENTRY;
        }

        Path resolved() {
            return PathArgs.resolve(interp, path);
        }

        boolean is(boolean followLinks, boolean directory) {
            LinkOption[] opts = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            return directory ? Files.isDirectory(resolved(), opts) : Files.isRegularFile(resolved(), opts);
        }
    }

    // ---- walk ----

    static final PyType WALK = PyType.builtin("walk", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.method("__iter__", self -> self);
        t.method("__next__", self -> {
            PyObject r = ((Walk) self).next();
            if (r == null) {
                throw PyExc.stopIteration();
            }
            return r;
        });
    });

    /**
     * os.walk as an iterator. Top-down, a directory's subdirectories are read from its dirs list
     * only when the walk moves on, so callers may prune or reorder that list in place.
     */
    static final class Walk extends PyIterator {
        private final Interpreter interp;
        private final boolean topdown;
        private final PyObject onerror;
        private final boolean followlinks;
        private final Deque<Frame> stack = new ArrayDeque<>();

        private static final class Frame {
            final String path;
            PyList dirs;
            PyList files;
            int next;

            Frame(String path) {
                this.path = path;
            }
        }

        Walk(Interpreter interp, String top, boolean topdown, PyObject onerror, boolean followlinks) {
            this.interp = interp;
            this.topdown = topdown;
            this.onerror = onerror;
            this.followlinks = followlinks;
            stack.push(new Frame(top));
        }

        @Override
        public PyType type() {
            return WALK;
        }

        @Override
        public PyObject next() {
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.dirs == null) {
                    if (!scan(f)) {
                        stack.pop();
                        continue;
                    }
                    if (topdown) {
                        return PyTuple.of(PyStr.of(f.path), f.dirs, f.files);
                    }
                }
                if (f.next < f.dirs.size()) {
                    String name = Abstract.str(f.dirs.get(f.next++)).value;
                    String child = join(f.path, name);
                    if (followlinks || !Files.isSymbolicLink(PathArgs.resolve(interp, child))) {
                        stack.push(new Frame(child));
                    }
                    continue;
                }
                stack.pop();
                if (!topdown) {
                    return PyTuple.of(PyStr.of(f.path), f.dirs, f.files);
                }
            }
            return null;
        }

        private boolean scan(Frame f) {
            List<String> names;
            try {
                names = Scandir.names(interp, f.path);
            } catch (PyException e) {
                if (onerror != PyNone.NONE) {
                    Abstract.call(onerror, e.value);
                }
                return false;
            }
            f.dirs = new PyList();
            f.files = new PyList();
            for (String name : names) {
                Path p = PathArgs.resolve(interp, join(f.path, name));
                (Files.isDirectory(p) ? f.dirs : f.files).append(PyStr.of(name));
            }
            return true;
        }
    }
}

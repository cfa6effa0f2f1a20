package org.gilpy.stdlib.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code posixpath}, which is {@code os.path}: the string algorithms of CPython's posixpath, and
 * the file queries (exists, isfile, getsize...) against the interpreter's working directory.
 * bytes paths are handled by viewing each byte as one char (ISO-8859-1), which the algorithms,
 * caring only about '/' and '.', leave intact.
 */
public final class PosixPathModule implements ModuleDef {
    @Override
    public String name() {
        return "posixpath";
    }

    /** A path argument as text, remembering whether it came as bytes. */
    record P(String s, boolean bytes) {
        PyObject wrap(String v) {
            return bytes ? new PyBytes(v.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(v);
        }
    }

    static P p(PyObject o) {
        PyObject f = PathArgs.fspath(o);
        return f instanceof PyStr s ? new P(s.value, false)
                : new P(new String(((PyBytes) f).bytes, StandardCharsets.ISO_8859_1), true);
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("posixpath");
        m.put("sep", PyStr.of("/")).put("altsep", PyNone.NONE).put("extsep", PyStr.of("."));
        m.put("pathsep", PyStr.of(":")).put("curdir", PyStr.of(".")).put("pardir", PyStr.of(".."));
        m.put("defpath", PyStr.of("/bin:/usr/bin")).put("devnull", PyStr.of("/dev/null"));
        m.put("supports_unicode_filenames", PyBool.FALSE);

        m.function("join", (self, args, kw) -> {
            Builtin.noKeywords("join", kw);
            if (args.length == 0) {
                throw PyExc.typeError("join() missing 1 required positional argument: 'a'");
            }
            P first = p(args[0]);
            String path = first.s;
            for (int i = 1; i < args.length; i++) {
                P b = joinArg(args[i], first.bytes);
                if (b.s.startsWith("/")) {
                    path = b.s;
                } else if (path.isEmpty() || path.endsWith("/")) {
                    path += b.s;
                } else {
                    path += "/" + b.s;
                }
            }
            return first.wrap(path);
        });
        m.function("split", Builtin.of("split", (self, a) -> {
            P p = p(a);
            String[] ht = split(p.s);
            return PyTuple.of(p.wrap(ht[0]), p.wrap(ht[1]));
        }));
        m.function("splitext", Builtin.of("splitext", (self, a) -> {
            P p = p(a);
            String[] re = splitext(p.s);
            return PyTuple.of(p.wrap(re[0]), p.wrap(re[1]));
        }));
        m.function("splitdrive", Builtin.of("splitdrive", (self, a) -> {
            P p = p(a);
            return PyTuple.of(p.wrap(""), p.wrap(p.s));
        }));
        m.function("basename", Builtin.of("basename", (self, a) -> {
            P p = p(a);
            return p.wrap(p.s.substring(p.s.lastIndexOf('/') + 1));
        }));
        m.function("dirname", Builtin.of("dirname", (self, a) -> {
            P p = p(a);
            return p.wrap(split(p.s)[0]);
        }));
        m.function("isabs", Builtin.of("isabs", (self, a) -> PyBool.of(p(a).s.startsWith("/"))));
        m.function("normcase", Builtin.of("normcase", (self, a) -> PathArgs.fspath(a)));
        m.function("normpath", Builtin.of("normpath", (self, a) -> {
            P p = p(a);
            return p.wrap(normpath(p.s));
        }));
        m.function("abspath", Builtin.of("abspath", (self, a) -> {
            P p = p(a);
            return p.wrap(abspath(interp, p.s));
        }));
        m.function("realpath", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("realpath", args, kw, new String[] {"filename", "strict"}, 1, null, PyBool.FALSE);
            P p = p(a[0]);
            return p.wrap(realpath(interp, p.s, a[1].isTrue()));
        });
        m.function("relpath", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("relpath", args, kw, new String[] {"path", "start"}, 1, null, PyNone.NONE);
            P p = p(a[0]);
            if (p.s.isEmpty()) {
                throw PyExc.valueError("no path specified");
            }
            String start = a[1] == PyNone.NONE ? "." : p(a[1]).s;
            return p.wrap(relpath(interp, p.s, start));
        });
        m.function("commonprefix", Builtin.of("commonprefix", (self, list) -> commonprefix(list)));
        m.function("commonpath", Builtin.of("commonpath", (self, paths) -> commonpath(paths)));
        m.function("expanduser", Builtin.of("expanduser", (self, a) -> {
            P p = p(a);
            return p.wrap(expanduser(interp, p.s));
        }));
        m.function("expandvars", Builtin.of("expandvars", (self, a) -> {
            P p = p(a);
            return p.wrap(expandvars(interp, p.s));
        }));

        m.function("exists", Builtin.of("exists", (self, a) -> PyBool.of(query(interp, a, true) != null)));
        m.function("lexists", Builtin.of("lexists", (self, a) -> PyBool.of(query(interp, a, false) != null)));
        m.function("isfile", Builtin.of("isfile", (self, a) -> {
            Path f = query(interp, a, true);
            return PyBool.of(f != null && Files.isRegularFile(f));
        }));
        m.function("isdir", Builtin.of("isdir", (self, a) -> {
            Path f = query(interp, a, true);
            return PyBool.of(f != null && Files.isDirectory(f));
        }));
        m.function("islink", Builtin.of("islink", (self, a) -> {
            Path f = query(interp, a, false);
            return PyBool.of(f != null && Files.isSymbolicLink(f));
        }));
        m.function("ismount", Builtin.of("ismount", (self, a) -> {
            Path f = query(interp, a, false);
            if (f == null || Files.isSymbolicLink(f)) {
                return PyBool.FALSE;
            }
            Path parent = f.toAbsolutePath().normalize().getParent();
            if (parent == null) {
                return PyBool.TRUE;
            }
            try {
                return PyBool.of(!Files.getAttribute(f, "unix:dev").equals(Files.getAttribute(parent, "unix:dev")));
            } catch (IOException | UnsupportedOperationException e) {
                return PyBool.FALSE;
            }
        }));
        m.function("getsize", Builtin.of("getsize", (self, a) -> stat(interp, a, "getsize").items[6]));
        m.function("getmtime", Builtin.of("getmtime", (self, a) -> statTime(interp, a, "st_mtime")));
        m.function("getatime", Builtin.of("getatime", (self, a) -> statTime(interp, a, "st_atime")));
        m.function("getctime", Builtin.of("getctime", (self, a) -> statTime(interp, a, "st_ctime")));
        m.function("samefile", Builtin.of("samefile", (self, a, b) -> {
            PyTuple s1 = stat(interp, a, "samefile");
            PyTuple s2 = stat(interp, b, "samefile");
            return PyBool.of(s1.items[1].equals(s2.items[1]) && s1.items[2].equals(s2.items[2]));
        }));
        return m;
    }

    private static P joinArg(PyObject o, boolean bytes) {
        P b;
        try {
            b = p(o);
        } catch (PyException e) {
            throw PyExc.typeError("join() argument must be str, bytes, or os.PathLike object, not '%s'", o.type().name);
        }
        if (b.bytes != bytes) {
            throw PyExc.typeError("Can't mix strings and bytes in path components");
        }
        return b;
    }

    /** The existing file a query names (following symlinks or not), or null; bad names are just absent. */
    private static Path query(Interpreter interp, PyObject a, boolean follow) {
        String s;
        try {
            s = p(a).s;
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw e;
            }
            return null;
        }
        if (s.indexOf('\0') >= 0) {
            return null;
        }
        Path f = PathArgs.resolve(interp, s);
        boolean exists = follow ? Files.exists(f) : Files.exists(f, LinkOption.NOFOLLOW_LINKS);
        return exists ? f : null;
    }

    private static PyTuple stat(Interpreter interp, PyObject a, String fname) {
        return StatResult.stat(interp, PathArgs.string(a, fname, "path"), true);
    }

    private static PyObject statTime(Interpreter interp, PyObject a, String field) {
        PyTuple st = stat(interp, a, field);
        return Abstract.getAttr(st, PyStr.intern(field));
    }

    // ---- the string algorithms ----

    /** (head, tail) around the last slash; head loses trailing slashes unless it is all slashes. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !isAllSlashes(head)) {
            head = stripTrailingSlashes(head);
        }
        return new String[] {head, tail};
    }

    private static boolean isAllSlashes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '/') {
                return false;
            }
        }
        return true;
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /** (root, ext): the extension starts at the last dot of the last component, unless the name is all leading dots. */
    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int i = sep + 1; i < dot; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (initialSlashes == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> out = new ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && out.isEmpty())
                    || (!out.isEmpty() && out.get(out.size() - 1).equals(".."))) {
                out.add(comp);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        String joined = "/".repeat(initialSlashes) + String.join("/", out);
        return joined.isEmpty() ? "." : joined;
    }

    static String abspath(Interpreter interp, String p) {
        if (!p.startsWith("/")) {
            String cwd = interp == null ? Path.of("").toAbsolutePath().toString() : interp.config.cwd().toString();
            p = cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
        }
        return normpath(p);
    }

    private static List<String> components(String absolute) {
        List<String> out = new ArrayList<>();
        for (String c : absolute.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static String relpath(Interpreter interp, String path, String start) {
        List<String> startList = components(abspath(interp, start));
        List<String> pathList = components(abspath(interp, path));
        int i = 0;
        while (i < startList.size() && i < pathList.size() && startList.get(i).equals(pathList.get(i))) {
            i++;
        }
        List<String> rel = new ArrayList<>();
        for (int k = i; k < startList.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pathList.subList(i, pathList.size()));
        return rel.isEmpty() ? "." : String.join("/", rel);
    }

    /** Resolves symbolic links in the existing part of the path; the rest is kept, normalized. */
    static String realpath(Interpreter interp, String path, boolean strict) {
        Path abs = Path.of(abspath(interp, path));
        try {
            return abs.toRealPath().toString();
        } catch (IOException e) {
            if (strict) {
                throw PathArgs.error(e, path, null);
            }
        }
        Path existing = abs;
        Path rest = Path.of("");
        while (existing.getParent() != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest.toString());
            existing = existing.getParent();
        }
        try {
            return normpath(existing.toRealPath().resolve(rest.toString()).toString());
        } catch (IOException e) {
            return abs.toString();
        }
    }

    private static PyObject commonprefix(PyObject list) {
        PyObject[] items = Abstract.toArray(list);
        if (items.length == 0) {
            return PyStr.EMPTY;
        }
        if (!(items[0] instanceof PyList) && !(items[0] instanceof PyTuple)) {
            for (int i = 0; i < items.length; i++) {
                items[i] = PathArgs.fspath(items[i]);
            }
        }
        PyObject s1 = items[0];
        PyObject s2 = items[0];
        for (PyObject x : items) {
            if (Abstract.lessThan(x, s1)) {
                s1 = x;
            }
            if (Abstract.lessThan(s2, x)) {
                s2 = x;
            }
        }
        int n = Abstract.len(s1);
        for (int i = 0; i < n; i++) {
            PyInt idx = PyInt.of(i);
            if (!Abstract.eqBool(Abstract.getItem(s1, idx), Abstract.getItem(s2, idx))) {
                return Abstract.getItem(s1, new org.gilpy.objects.PySlice(PyNone.NONE, idx, PyNone.NONE));
            }
        }
        return s1;
    }

    private static PyObject commonpath(PyObject paths) {
        PyObject[] items = Abstract.toArray(paths);
        if (items.length == 0) {
            throw PyExc.valueError("commonpath() arg is an empty sequence");
        }
        P first = p(items[0]);
        boolean isAbs = first.s.startsWith("/");
        List<List<String>> split = new ArrayList<>();
        for (PyObject item : items) {
            P p = p(item);
            if (p.bytes != first.bytes) {
                throw PyExc.typeError("Can't mix strings and bytes in path components");
            }
            if (p.s.startsWith("/") != isAbs) {
                throw PyExc.valueError("Can't mix absolute and relative paths");
            }
            List<String> comps = new ArrayList<>();
            for (String c : p.s.split("/")) {
                if (!c.isEmpty() && !c.equals(".")) {
                    comps.add(c);
                }
            }
            split.add(comps);
        }
        List<String> s1 = split.get(0);
        List<String> s2 = split.get(0);
        for (List<String> c : split) {
            if (compareLists(c, s1) < 0) {
                s1 = c;
            }
            if (compareLists(c, s2) > 0) {
                s2 = c;
            }
        }
        List<String> common = s1;
        for (int i = 0; i < s1.size(); i++) {
            if (!s1.get(i).equals(s2.get(i))) {
                common = s1.subList(0, i);
                break;
            }
        }
        return first.wrap((isAbs ? "/" : "") + String.join("/", common));
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static String env(Interpreter interp, String name) {
        PyDict environ = OsModule.environ(interp);
        PyObject v = environ == null ? null : environ.getItem(PyStr.of(name));
        if (v instanceof PyStr s) {
            return s.value;
        }
        return environ == null ? System.getenv(name) : null;
    }

    static String expanduser(Interpreter interp, String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        String home;
        if (i == 1) {
            home = env(interp, "HOME");
            if (home == null) {
                home = System.getProperty("user.home");
            }
        } else {
            String user = path.substring(1, i);
            home = homeOf(user);
            if (home == null) {
                return path;
            }
        }
        home = stripTrailingSlashes(home);
        String r = home + path.substring(i);
        return r.isEmpty() ? "/" : r;
    }

    /** A user's home directory from /etc/passwd, or null. */
    private static String homeOf(String user) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] f = line.split(":");
                if (f.length >= 6 && f[0].equals(user)) {
                    return f[5];
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static final Pattern VAR = Pattern.compile("\\$(\\w+|\\{[^}]*\\})");

    static String expandvars(Interpreter interp, String path) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        Matcher m = VAR.matcher(path);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("{") && name.endsWith("}")) {
                name = name.substring(1, name.length() - 1);
            }
            String value = env(interp, name);
            out.append(path, last, m.start()).append(value == null ? m.group() : value);
            last = m.end();
        }
        return out.append(path.substring(last)).toString();
    }
}

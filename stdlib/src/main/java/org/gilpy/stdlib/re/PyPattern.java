package org.gilpy.stdlib.re;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.ThreadState;

/**
 * {@code re.Pattern}: a compiled Python pattern. It holds the Java translation of the pattern
 * and the group bookkeeping the translation does not keep (names, Python group numbers, which
 * group encloses which); matching methods take CPython's pos/endpos, where endpos cuts the
 * subject short (so {@code $} matches there) and pos only says where to start ({@code ^} still
 * means the real start, and lookbehinds see the text before pos).
 */
final class PyPattern extends PyObject {
    private static final String[] MATCH_PARAMS = {"string", "pos", "endpos"};
    private static final String[] SUB_PARAMS = {"repl", "string", "count"};
    private static final String[] SPLIT_PARAMS = {"string", "maxsplit"};
    private static final PyInt MAXSIZE = PyInt.of(Long.MAX_VALUE);

    static final PyType TYPE = PyType.builtin("Pattern", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("re"));
        t.constructor((cls, args, kw) -> {
            throw PyExc.typeError("cannot create 're.Pattern' instances");
        });
        t.methodVar("match", (self, args, kw) -> ((PyPattern) self).matchAt("match", args, kw, Anchoring.START));
        t.methodVar("fullmatch", (self, args, kw) -> ((PyPattern) self).matchAt("fullmatch", args, kw, Anchoring.FULL));
        t.methodVar("search", (self, args, kw) -> ((PyPattern) self).matchAt("search", args, kw, Anchoring.NONE));
        t.methodVar("findall", (self, args, kw) -> ((PyPattern) self).findall(((PyPattern) self).scanner("findall", args, kw)));
        t.methodVar("finditer", (self, args, kw) -> finditer(((PyPattern) self).scanner("finditer", args, kw)));
        t.methodVar("scanner", (self, args, kw) -> ((PyPattern) self).scanner("scanner", args, kw));
        t.methodVar("sub", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("sub", args, kw, SUB_PARAMS, 2, null, null, PyInt.of(0));
            return ((PyPattern) self).substitute(a[0], a[1], Abstract.index(a[2]), false);
        });
        t.methodVar("subn", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("subn", args, kw, SUB_PARAMS, 2, null, null, PyInt.of(0));
            return ((PyPattern) self).substitute(a[0], a[1], Abstract.index(a[2]), true);
        });
        t.methodVar("split", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("split", args, kw, SPLIT_PARAMS, 1, null, PyInt.of(0));
            return ((PyPattern) self).split(a[0], Abstract.index(a[1]));
        });
        t.method("__repr__", self -> PyStr.of(((PyPattern) self).repr()));
        t.method("__eq__", (self, other) -> other instanceof PyPattern o
                ? PyBool.of(((PyPattern) self).sameAs(o)) : PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__hash__", self -> PyInt.of(Abstract.hash(((PyPattern) self).source) ^ ((PyPattern) self).flags));
        t.method("__copy__", self -> self);
        t.method("__deepcopy__", (self, memo) -> self);
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
        t.getter("pattern", self -> ((PyPattern) self).source);
        t.getter("flags", self -> PyInt.of(((PyPattern) self).flags));
        t.getter("groups", self -> PyInt.of(((PyPattern) self).groups));
        t.getter("groupindex", self -> {
            PyDict d = new PyDict();
            ((PyPattern) self).groupIndex.forEach((name, g) -> d.setItem(PyStr.of(name), PyInt.of(g)));
            // read-only, as in CPython: gilpy's mappingproxy is types.MappingProxyType
            PyObject types = ThreadState.current().interp.importer.importModule("types");
            return Abstract.call(Abstract.getAttr(types, PyStr.intern("MappingProxyType")), d);
        });
    });

    private enum Anchoring { NONE, START, FULL }

    /** The pattern as given: a str or bytes object. */
    final PyObject source;
    final boolean isBytes;
    final int flags;
    final int groups;
    final Map<String, Integer> groupIndex;
    final int[] javaGroup;
    private final int[] groupParents;
    private final String[] groupNames;
    private final String javaSource;
    private final Pattern regex;
    private volatile Pattern advancing;
    /** The Python class re.error, which this pattern's template errors raise. */
    private final PyType error;
    /** The last replacement template read: {source text, Template}. */
    private volatile Object[] lastTemplate;

    private PyPattern(PyObject source, boolean isBytes, RegexParser.Parsed parsed, JavaRegex.Translation java,
                      PyType error) {
        this.source = source;
        this.isBytes = isBytes;
        this.flags = parsed.flags();
        this.groups = parsed.groups();
        this.groupIndex = parsed.groupIndex();
        this.groupParents = parsed.groupParents();
        this.javaGroup = java.javaGroup();
        this.javaSource = java.regex();
        this.error = error;
        this.groupNames = new String[groups + 1];
        groupIndex.forEach((name, g) -> groupNames[g] = name);
        try {
            this.regex = java.compile();
        } catch (PatternSyntaxException e) {
            throw raise(new RegexParser.PatternError("pattern not supported by gilpy: " + e.getDescription(), -1),
                    source);
        }
    }

    /** Compiles a str or bytes pattern; syntax errors raise the given re.error class. */
    static PyPattern compile(PyObject source, long flags, PyType error) {
        boolean isBytes = !(source instanceof PyStr);
        String text = isBytes ? Subject.latin1(Abstract.bytesOf(source)) : ((PyStr) source).value;
        RegexParser.Parsed parsed;
        try {
            parsed = RegexParser.parse(text, !isBytes, (int) flags);
        } catch (RegexParser.PatternError e) {
            throw raise(e, source, error);
        }
        return new PyPattern(source, isBytes, parsed, JavaRegex.translate(parsed, !isBytes), error);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    Pattern regex() {
        return regex;
    }

    /** The pattern that cannot match an empty string where its search starts (see {@link PyScanner}). */
    Pattern advancingRegex() {
        Pattern p = advancing;
        if (p == null) {
            p = Pattern.compile("(?:" + javaSource + ")(?!\\G)", regex.flags());
            advancing = p;
        }
        return p;
    }

    String groupName(int g) {
        return groupNames[g];
    }

    /** Whether group outer contains group inner. */
    boolean encloses(int outer, int inner) {
        for (int g = groupParents[inner]; g != 0; g = groupParents[g]) {
            if (g == outer) {
                return true;
            }
        }
        return false;
    }

    private PyException raise(RegexParser.PatternError e, PyObject src) {
        return raise(e, src, error);
    }

    private static PyException raise(RegexParser.PatternError e, PyObject src, PyType error) {
        PyObject[] args = e.pos < 0 ? new PyObject[] {PyStr.of(e.msg)}
                : new PyObject[] {PyStr.of(e.msg), src, PyInt.of(e.pos)};
        return new PyException(PyExc.instance(error, args));
    }

    // ---------------------------------------------------------------- subjects

    private Subject subject(PyObject string) {
        Subject s = Subject.of(string);
        if (s.isBytes() != isBytes) {
            throw PyExc.typeError(isBytes ? "cannot use a bytes pattern on a string-like object"
                    : "cannot use a string pattern on a bytes-like object");
        }
        return s;
    }

    private static int clamp(PyObject index, int length) {
        PyInt i = Abstract.indexInt(index);
        if (i.big != null) {
            return i.signum() < 0 ? 0 : length;
        }
        return (int) Math.max(0, Math.min(i.v, length));
    }

    private PyScanner scanner(String fname, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse(fname, args, kw, MATCH_PARAMS, 1, null, PyInt.of(0), MAXSIZE);
        Subject s = subject(a[0]);
        return new PyScanner(this, s, clamp(a[1], s.length()), clamp(a[2], s.length()));
    }

    // ---------------------------------------------------------------- matching

    private PyObject matchAt(String fname, PyObject[] args, String[] kw, Anchoring anchoring) {
        PyObject[] a = ArgParser.parse(fname, args, kw, MATCH_PARAMS, 1, null, PyInt.of(0), MAXSIZE);
        Subject s = subject(a[0]);
        int pos = clamp(a[1], s.length());
        int endpos = clamp(a[2], s.length());
        if (pos > endpos) {
            return PyNone.NONE;
        }
        CharSequence input = endpos == s.length() ? s.text() : s.text().substring(0, endpos);
        Matcher m = PyScanner.prepare(regex.matcher(input));
        boolean found;
        if (anchoring == Anchoring.NONE) {
            found = DeepStack.run(endpos, () -> m.find(pos));
        } else {
            m.region(pos, endpos);
            found = DeepStack.run(endpos, anchoring == Anchoring.START ? m::lookingAt : m::matches);
        }
        return found ? new PyMatch(this, s, pos, endpos, m) : PyNone.NONE;
    }

    private PyObject findall(PyScanner scan) {
        Subject s = scan.subject();
        PyList out = new PyList();
        while (scan.find(false)) {
            Matcher m = scan.matcher();
            if (groups == 0) {
                out.append(s.slice(m.start(), m.end()));
            } else if (groups == 1) {
                out.append(groupOf(m, s, 1, emptyString()));
            } else {
                PyObject[] items = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    items[g - 1] = groupOf(m, s, g, emptyString());
                }
                out.append(PyTuple.of(items));
            }
        }
        return out;
    }

    /** Python group g of the match m holds, or dflt when it did not take part. */
    private PyObject groupOf(Matcher m, Subject s, int g, PyObject dflt) {
        int start = m.start(javaGroup[g]);
        return start < 0 ? dflt : s.slice(start, m.end(javaGroup[g]));
    }

    private PyObject emptyString() {
        return isBytes ? new PyBytes(new byte[0]) : PyStr.EMPTY;
    }

    private static final PyType CALLABLE_ITERATOR = PyIterator.newType("callable_iterator");

    private static PyObject finditer(PyScanner scan) {
        return new PyIterator() {
            @Override
            public PyType type() {
                return CALLABLE_ITERATOR;
            }

            @Override
            public PyObject next() {
                return scan.find(false) ? scan.match() : null;
            }
        };
    }

    private PyObject split(PyObject string, long maxsplit) {
        Subject s = subject(string);
        PyList out = new PyList();
        PyScanner scan = new PyScanner(this, s, 0, s.length());
        int last = 0;
        for (long n = 0; (maxsplit == 0 || n < maxsplit) && scan.find(false); n++) {
            Matcher m = scan.matcher();
            out.append(s.slice(last, m.start()));
            for (int g = 1; g <= groups; g++) {
                out.append(groupOf(m, s, g, PyNone.NONE));
            }
            last = m.end();
        }
        out.append(s.slice(last, s.length()));
        return out;
    }

    // ---------------------------------------------------------------- substitution

    /** The template in repl (str for str patterns, bytes-like for bytes), read once and cached. */
    Template template(PyObject repl) {
        String text = templateText(repl);
        Object[] last = lastTemplate;
        if (last != null && last[0].equals(text)) {
            return (Template) last[1];
        }
        Template t;
        try {
            t = Template.parse(text, this);
        } catch (RegexParser.PatternError e) {
            throw raise(e, repl);
        }
        lastTemplate = new Object[] {text, t};
        return t;
    }

    private String templateText(PyObject repl) {
        if (repl instanceof PyStr s) {
            if (isBytes) {
                throw PyExc.typeError("expected a bytes-like object, %s found", repl.type().name);
            }
            return s.value;
        }
        if (repl instanceof PyBytes || repl instanceof PyByteArray || repl instanceof PyMemoryView) {
            if (!isBytes) {
                throw PyExc.typeError("expected str instance, %s found", repl.type().name);
            }
            return Subject.latin1(Abstract.bytesOf(repl));
        }
        throw PyExc.typeError("decoding to str: need a bytes-like object, %s found", repl.type().name);
    }

    /** sub and subn: replaces up to count matches (all for 0, none for a negative count). */
    private PyObject substitute(PyObject repl, PyObject string, long count, boolean withCount) {
        PyObject function = null;
        PyObject wrongKind = null;
        Template template = null;
        String literal = null;
        if (Abstract.isCallable(repl)) {
            function = repl;
        } else if (isBytes ? repl instanceof PyStr : repl instanceof PyBytes || repl instanceof PyByteArray) {
            wrongKind = repl; // as in CPython, refused only when a match needs it
        } else {
            template = template(repl);
            literal = template.literal();
        }
        Subject s = subject(string);
        String text = s.text();
        StringBuilder out = new StringBuilder();
        PyScanner scan = new PyScanner(this, s, 0, s.length());
        int last = 0;
        long n = 0;
        int pieces = 0;
        while ((count == 0 || n < count) && scan.find(false)) {
            Matcher m = scan.matcher();
            if (m.start() > last) {
                out.append(text, last, m.start());
                pieces++;
            }
            if (function != null) {
                PyObject r = Abstract.call(function, scan.match());
                if (r != PyNone.NONE) {
                    out.append(replacementText(r, pieces));
                    pieces++;
                }
            } else if (wrongKind != null) {
                out.append(replacementText(wrongKind, pieces));
            } else {
                out.append(literal != null ? literal : template.expandText(scan.match()));
                pieces++;
            }
            last = m.end();
            n++;
        }
        out.append(text, last, text.length());
        PyObject result = s.wrap(out.toString());
        return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    /** What a replacement function returned, as text; CPython's join decides what is acceptable. */
    private String replacementText(PyObject r, int item) {
        if (!isBytes && r instanceof PyStr s) {
            return s.value;
        }
        if (isBytes && (r instanceof PyBytes || r instanceof PyByteArray || r instanceof PyMemoryView)) {
            return Subject.latin1(Abstract.bytesOf(r));
        }
        throw PyExc.typeError(isBytes ? "sequence item %d: expected a bytes-like object, %s found"
                : "sequence item %d: expected str instance, %s found", item, r.type().name);
    }

    // ---------------------------------------------------------------- identity

    private boolean sameAs(PyPattern o) {
        return flags == o.flags && isBytes == o.isBytes && Abstract.eqBool(source, o.source);
    }

    private String repr() {
        String text = Abstract.repr(source).value;
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        int shown = flags;
        if (!isBytes && (shown & ReFlags.TYPE_FLAGS) == ReFlags.UNICODE) {
            shown &= ~ReFlags.UNICODE;
        }
        return shown == 0 ? "re.compile(" + text + ")" : "re.compile(" + text + ", " + ReFlags.describe(shown) + ")";
    }
}

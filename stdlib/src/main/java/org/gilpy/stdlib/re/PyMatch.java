package org.gilpy.stdlib.re;

import java.util.Map;
import java.util.regex.Matcher;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code re.Match}: the spans of one match, copied out of the Java matcher so the match
 * outlives it. Groups are numbered as Python numbers them; a group that did not take part has
 * the span (-1, -1).
 */
final class PyMatch extends PyObject {
    private static final String[] DEFAULT_PARAM = {"default"};
    private static final String[] GROUP_PARAM = {"group"};

    static final PyType TYPE = PyType.builtin("Match", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("re"));
        t.constructor((cls, args, kw) -> {
            throw PyExc.typeError("cannot create 're.Match' instances");
        });
        t.methodVar("group", (self, args, kw) -> {
            Builtin.noKeywords("group", kw);
            PyMatch m = (PyMatch) self;
            if (args.length == 0) {
                return m.group(0);
            }
            if (args.length == 1) {
                return m.group(m.groupNumber(args[0]));
            }
            PyObject[] out = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                out[i] = m.group(m.groupNumber(args[i]));
            }
            return PyTuple.of(out);
        });
        t.method("__getitem__", (self, g) -> ((PyMatch) self).group(((PyMatch) self).groupNumber(g)));
        t.methodVar("groups", (self, args, kw) -> {
            PyObject dflt = ArgParser.parse("groups", args, kw, DEFAULT_PARAM, 0, PyNone.NONE)[0];
            PyMatch m = (PyMatch) self;
            PyObject[] out = new PyObject[m.pattern.groups];
            for (int g = 1; g <= out.length; g++) {
                out[g - 1] = m.groupOr(g, dflt);
            }
            return PyTuple.of(out);
        });
        t.methodVar("groupdict", (self, args, kw) -> {
            PyObject dflt = ArgParser.parse("groupdict", args, kw, DEFAULT_PARAM, 0, PyNone.NONE)[0];
            PyMatch m = (PyMatch) self;
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : m.pattern.groupIndex.entrySet()) {
                d.setItem(PyStr.of(e.getKey()), m.groupOr(e.getValue(), dflt));
            }
            return d;
        });
        t.methodVar("start", (self, args, kw) -> PyInt.of(((PyMatch) self).spanArg("start", args, kw)[0]));
        t.methodVar("end", (self, args, kw) -> PyInt.of(((PyMatch) self).spanArg("end", args, kw)[1]));
        t.methodVar("span", (self, args, kw) -> {
            int[] span = ((PyMatch) self).spanArg("span", args, kw);
            return PyTuple.of(PyInt.of(span[0]), PyInt.of(span[1]));
        });
        t.method("expand", (self, template) -> {
            PyMatch m = (PyMatch) self;
            return m.pattern.template(template).expand(m);
        });
        t.method("__repr__", self -> PyStr.of(((PyMatch) self).repr()));
        t.method("__copy__", self -> self);
        t.method("__deepcopy__", (self, memo) -> self);
        t.classMethod("__class_getitem__", (cls, args, kw) -> new PyGenericAlias(cls, args[0]));
        t.getter("pos", self -> PyInt.of(((PyMatch) self).pos));
        t.getter("endpos", self -> PyInt.of(((PyMatch) self).endpos));
        t.getter("lastindex", self -> {
            int last = ((PyMatch) self).lastIndex;
            return last < 0 ? PyNone.NONE : PyInt.of(last);
        });
        t.getter("lastgroup", self -> {
            PyMatch m = (PyMatch) self;
            String name = m.lastIndex < 0 ? null : m.pattern.groupName(m.lastIndex);
            return name == null ? PyNone.NONE : PyStr.of(name);
        });
        t.getter("re", self -> ((PyMatch) self).pattern);
        t.getter("string", self -> ((PyMatch) self).subject.original());
        t.getter("regs", self -> {
            PyMatch m = (PyMatch) self;
            PyObject[] spans = new PyObject[m.pattern.groups + 1];
            for (int g = 0; g < spans.length; g++) {
                spans[g] = PyTuple.of(PyInt.of(m.spans[2 * g]), PyInt.of(m.spans[2 * g + 1]));
            }
            return PyTuple.of(spans);
        });
    });

    final PyPattern pattern;
    final Subject subject;
    private final int pos;
    private final int endpos;
    /** start and end of each group, group 0 first; -1 for a group that did not match. */
    private final int[] spans;
    private final int lastIndex;

    PyMatch(PyPattern pattern, Subject subject, int pos, int endpos, Matcher m) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        int[] javaGroup = pattern.javaGroup;
        spans = new int[2 * (pattern.groups + 1)];
        spans[0] = m.start();
        spans[1] = m.end();
        for (int g = 1; g <= pattern.groups; g++) {
            spans[2 * g] = m.start(javaGroup[g]);
            spans[2 * g + 1] = m.end(javaGroup[g]);
        }
        lastIndex = lastClosed();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int start() {
        return spans[0];
    }

    int end() {
        return spans[1];
    }

    /**
     * CPython's lastindex: the group whose closing parenthesis the match passed last. Java does
     * not record that order, but it follows from the spans: the group that ends furthest right,
     * and among groups ending at the same place, an enclosing group closes after the groups
     * inside it, and of two side-by-side groups the later one closes last.
     */
    private int lastClosed() {
        int best = -1;
        for (int g = 1; g <= pattern.groups; g++) {
            int end = spans[2 * g + 1];
            if (end < 0) {
                continue;
            }
            if (best < 0 || end > spans[2 * best + 1]
                    || (end == spans[2 * best + 1] && !pattern.encloses(best, g))) {
                best = g;
            }
        }
        return best;
    }

    /** A group argument (a number or a name) as a group number, or IndexError. */
    int groupNumber(PyObject g) {
        if (g instanceof PyInt || (!(g instanceof PyStr) && g.type().lookup(Names.__index__) != null)) {
            PyInt i = Abstract.indexInt(g);
            if (i.big == null && i.v >= 0 && i.v <= pattern.groups) {
                return (int) i.v;
            }
        } else if (g instanceof PyStr s) {
            Integer n = pattern.groupIndex.get(s.value);
            if (n != null) {
                return n;
            }
        } else {
            Abstract.hash(g);
        }
        throw PyExc.indexError("no such group");
    }

    PyObject group(int g) {
        return groupOr(g, PyNone.NONE);
    }

    PyObject groupOr(int g, PyObject dflt) {
        int start = spans[2 * g];
        return start < 0 ? dflt : subject.slice(start, spans[2 * g + 1]);
    }

    /** The group's text, or null when it did not match. */
    String groupText(int g) {
        int start = spans[2 * g];
        return start < 0 ? null : subject.text().substring(start, spans[2 * g + 1]);
    }

    private int[] spanArg(String fname, PyObject[] args, String[] kw) {
        PyObject g = ArgParser.parse(fname, args, kw, GROUP_PARAM, 0, PyInt.of(0))[0];
        int n = groupNumber(g);
        return new int[] {spans[2 * n], spans[2 * n + 1]};
    }

    private String repr() {
        String text = Abstract.repr(group(0)).value;
        if (text.codePointCount(0, text.length()) > 50) {
            text = text.substring(0, text.offsetByCodePoints(0, 50));
        }
        return "<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match=" + text + ">";
    }
}

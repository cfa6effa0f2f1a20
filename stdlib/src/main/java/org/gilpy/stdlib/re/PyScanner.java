package org.gilpy.stdlib.re;

import java.util.regex.Matcher;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * Successive matches of a pattern along a subject ({@code Pattern.scanner()}, and the loop
 * under findall, finditer, sub and split), with CPython's rule for empty matches: after an
 * empty match at position p the next match may also start at p, but must not be empty there.
 * Java's own find() would skip to p + 1, missing a longer match at p ({@code findall('|a', 'a')}
 * is {@code ['', 'a', '']}); so that search runs with the pattern's "advancing" form, which
 * refuses to end where the search started.
 */
final class PyScanner extends PyObject {
    static final PyType TYPE = PyType.builtin("SRE_Scanner", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_sre"));
        t.constructor((cls, args, kw) -> {
            throw PyExc.typeError("cannot create '_sre.SRE_Scanner' instances");
        });
        t.method("match", self -> ((PyScanner) self).nextMatch(true));
        t.method("search", self -> ((PyScanner) self).nextMatch(false));
        t.getter("pattern", self -> ((PyScanner) self).pattern);
    });

    private final PyPattern pattern;
    private final Subject subject;
    private final int startPos;
    private final int endpos;
    private final CharSequence input;
    private Matcher plain;
    private Matcher advancing;
    private Matcher current;
    private int pos;
    private boolean mustAdvance;
    private boolean done;

    PyScanner(PyPattern pattern, Subject subject, int pos, int endpos) {
        this.pattern = pattern;
        this.subject = subject;
        this.startPos = pos;
        this.endpos = endpos;
        this.pos = pos;
        this.input = endpos == subject.length() ? subject.text() : subject.text().substring(0, endpos);
        this.done = pos > endpos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Looks for the next match (anchored at the current position if anchored); false at the end. */
    boolean find(boolean anchored) {
        if (done) {
            return false;
        }
        Matcher m = mustAdvance ? advancingMatcher() : plainMatcher();
        boolean found;
        if (anchored) {
            m.region(pos, endpos);
            found = DeepStack.run(endpos, m::lookingAt);
        } else {
            int from = pos;
            found = DeepStack.run(endpos, () -> m.find(from));
        }
        if (!found) {
            done = true;
            return false;
        }
        current = m;
        mustAdvance = m.end() == m.start();
        pos = m.end();
        return true;
    }

    Subject subject() {
        return subject;
    }

    /** The matcher holding the last match found. */
    Matcher matcher() {
        return current;
    }

    PyMatch match() {
        return new PyMatch(pattern, subject, startPos, endpos, current);
    }

    private PyObject nextMatch(boolean anchored) {
        return find(anchored) ? match() : PyNone.NONE;
    }

    private Matcher plainMatcher() {
        if (plain == null) {
            plain = prepare(pattern.regex().matcher(input));
        }
        return plain;
    }

    private Matcher advancingMatcher() {
        if (advancing == null) {
            advancing = prepare(pattern.advancingRegex().matcher(input));
        }
        return advancing;
    }

    /** Lookbehinds and \b see text before pos; ^ and \A still mean the real start. */
    static Matcher prepare(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }
}

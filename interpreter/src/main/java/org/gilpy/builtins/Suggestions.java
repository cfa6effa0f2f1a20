package org.gilpy.builtins;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;
import org.gilpy.vm.Frame;

/**
 * The "Did you mean: 'x'?" of an uncaught NameError or AttributeError (CPython 3.11's
 * suggestions.c): the closest name by a Levenshtein distance that charges 2 for an edit and 1
 * for a change of case only, within a third of the names' combined length.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggested name for exc, or null (only exact NameError and AttributeError get one). */
    static String forException(PyBaseException exc) {
        try {
            if (exc.type() == PyExc.AttributeError) {
                return forAttributeError(exc);
            }
            if (exc.type() == PyExc.NameError) {
                return forNameError(exc);
            }
        } catch (PyException ignored) {
            // as CPython: a failure while looking for a suggestion just means no suggestion
        }
        return null;
    }

    private static String forAttributeError(PyBaseException exc) {
        PyObject name = exc.attr("name");
        PyObject obj = exc.getDict().get("obj");
        if (!(name instanceof PyStr n) || n.getClass() != PyStr.class || obj == null) {
            return null;
        }
        PyObject dirMethod = obj.type().lookup(Names.__dir__);
        PyObject dir = dirMethod == null ? Abstract.dir(obj) : Abstract.callPrepended(dirMethod, obj);
        List<String> names = strings(Abstract.toArray(dir));
        names.sort(null);
        return closest(names, n.value);
    }

    private static String forNameError(PyBaseException exc) {
        PyObject name = exc.attr("name");
        if (!(name instanceof PyStr n) || n.getClass() != PyStr.class || exc.traceback == null) {
            return null;
        }
        PyTraceback tb = exc.traceback;
        while (tb.next != null) {
            tb = tb.next;
        }
        if (!(tb.frame instanceof Frame frame)) {
            return null;
        }
        String s = closest(List.of(tb.code.localsplusNames), n.value);
        if (s == null) {
            s = closest(keys(frame.globals), n.value);
        }
        if (s == null) {
            s = closest(keys(frame.builtins), n.value);
        }
        return s;
    }

    private static List<String> keys(PyDict d) {
        return d == null ? List.of() : strings(d.keyList().toArray(new PyObject[0]));
    }

    private static List<String> strings(PyObject[] items) {
        List<String> out = new ArrayList<>(items.length);
        for (PyObject o : items) {
            if (o instanceof PyStr s) {
                out.add(s.value);
            }
        }
        return out;
    }

    /** calculate_suggestions: the first candidate at the smallest acceptable distance. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = utf8(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] itemBytes = utf8(item);
            int maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int distance = levenshtein(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** The distance between a and b, or maxCost + 1 once it is sure to exceed maxCost. */
    private static int levenshtein(byte[] a, byte[] b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        for (int i = 0, cost = MOVE_COST; i < aSize; i++, cost += MOVE_COST) {
            buffer[i] = cost;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}

package org.gilpy.stdlib.time;

import java.time.ZonedDateTime;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBuiltinFunction;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StructSeq;

/**
 * {@code time.struct_time}: nine sequence fields plus {@code tm_zone} and {@code tm_gmtoff},
 * which are attributes only (kept in the instance dict; None when made from a 9-sequence).
 */
final class StructTime {
    private StructTime() {}

    private static final PyStr TM_ZONE = PyStr.intern("tm_zone");
    private static final PyStr TM_GMTOFF = PyStr.intern("tm_gmtoff");

    static final PyType TYPE = create();

    private static PyType create() {
        PyType t = StructSeq.newType("time.struct_time", "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                "tm_sec", "tm_wday", "tm_yday", "tm_isdst");
        t.setAttr(Names.__slots__, null);
        t.setAttr(TM_ZONE, PyNone.NONE);
        t.setAttr(TM_GMTOFF, PyNone.NONE);
        t.setAttr(PyStr.intern("n_fields"), PyInt.of(11));
        t.setAttr(PyStr.intern("n_unnamed_fields"), PyInt.of(0));
        t.setAttr(Names.__new__, new PyBuiltinFunction("__new__", (unused, args, kw) -> {
            if (args.length < 2 || args.length > 3) {
                throw PyExc.typeError("struct_time() takes at most 2 arguments (%d given)", args.length - 1);
            }
            PyObject[] items = Abstract.toArray(args[1]);
            if (items.length < 9) {
                throw PyExc.typeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)",
                        items.length);
            }
            if (items.length > 11) {
                throw PyExc.typeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)",
                        items.length);
            }
            return make((PyType) args[0], java.util.Arrays.copyOf(items, 9),
                    items.length > 9 ? items[9] : PyNone.NONE, items.length > 10 ? items[10] : PyNone.NONE);
        }, null));
        return t;
    }

    private static PyTuple make(PyType type, PyObject[] nine, PyObject zone, PyObject gmtoff) {
        PyTuple t = StructSeq.make(type, nine);
        PyDict d = t.getDict();
        if (zone != PyNone.NONE) {
            d.setItem(TM_ZONE, zone);
        }
        if (gmtoff != PyNone.NONE) {
            d.setItem(TM_GMTOFF, gmtoff);
        }
        return t;
    }

    /** The broken-down time of an instant in its zone; UTC is called GMT there, as glibc does. */
    static PyTuple of(ZonedDateTime t) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        String zone = t.getZone() instanceof java.time.ZoneOffset ? "GMT" : TimeModule.abbreviation(t);
        return make(TYPE, new PyObject[] {
            PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()),
            PyInt.of(t.getMinute()), PyInt.of(t.getSecond()), PyInt.of(t.getDayOfWeek().getValue() - 1),
            PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0)
        }, PyStr.of(zone), PyInt.of(t.getOffset().getTotalSeconds()));
    }

    /** A time-tuple argument: a struct_time or a 9-tuple of ints, else CPython's TypeError. */
    static PyTuple checked(PyObject o, String fname) {
        if (!(o instanceof PyTuple t)) {
            throw PyExc.typeError("Tuple or struct_time argument required");
        }
        if (t.items.length != 9) {
            throw PyExc.typeError("%s(): illegal time tuple argument", fname);
        }
        for (PyObject item : t.items) {
            Abstract.indexInt(item);
        }
        return t;
    }

    static long[] fields(PyTuple t) {
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = Abstract.index(t.items[i]);
        }
        return f;
    }

    /** tm_zone of a struct_time, or null for a plain tuple or when unset. */
    static String zone(PyTuple t) {
        PyDict d = t.type() == PyTuple.TYPE ? null : t.getDict();
        PyObject z = d == null ? null : d.getItem(TM_ZONE);
        return z instanceof PyStr s ? s.value : null;
    }

    /** tm_gmtoff of a struct_time, or null. */
    static Long gmtoff(PyTuple t) {
        PyDict d = t.type() == PyTuple.TYPE ? null : t.getDict();
        PyObject g = d == null ? null : d.getItem(TM_GMTOFF);
        return g instanceof PyInt i ? i.longValue() : null;
    }
}

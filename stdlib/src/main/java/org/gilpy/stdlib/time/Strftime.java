package org.gilpy.stdlib.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyTuple;

/**
 * time.strftime in the C locale, with glibc's directives. The fields are taken from the tuple
 * as given (weekday and day of year are not recomputed), after CPython's range checks.
 */
final class Strftime {
    private Strftime() {}

    static final String[] DAY_NAMES = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** The C struct tm view of a time tuple: month and yday from 0, weekday from Sunday. */
    private record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
                      String zone, long gmtoff) {}

    static String format(String format, PyTuple t) {
        Tm tm = toTm(t);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            if (!directive(out, d, tm)) {
                out.append('%').append(d);
            }
        }
        return out.toString();
    }

    private static Tm toTm(PyTuple t) {
        long[] f = StructTime.fields(t);
        long mon = f[1] - 1;
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw PyExc.valueError("month out of range");
        }
        long mday = f[2];
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyExc.valueError("day of month out of range");
        }
        if (f[3] < 0 || f[3] > 23) {
            throw PyExc.valueError("hour out of range");
        }
        if (f[4] < 0 || f[4] > 59) {
            throw PyExc.valueError("minute out of range");
        }
        if (f[5] < 0 || f[5] > 61) {
            throw PyExc.valueError("seconds out of range");
        }
        long wday = (f[6] + 1) % 7;
        if (wday < 0) {
            throw PyExc.valueError("day of week out of range");
        }
        long yday = f[7] - 1;
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw PyExc.valueError("day of year out of range");
        }
        int isdst = (int) Math.max(-1, Math.min(1, f[8]));
        String zone = StructTime.zone(t);
        Long gmtoff = StructTime.gmtoff(t);
        TimeModule.Zone z = TimeModule.Zone.current();
        if (zone == null) {
            zone = isdst > 0 ? z.daylightName() : z.standardName();
        }
        if (gmtoff == null) {
            gmtoff = (long) -(isdst > 0 ? z.altzone() : z.timezone());
        }
        return new Tm(f[0], (int) mon, (int) mday, (int) f[3], (int) f[4], (int) f[5], (int) wday, (int) yday, isdst,
                zone, gmtoff);
    }

    private static String pad(long v, int width, char fill) {
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        for (int i = s.length(); i < width; i++) {
            sb.append(fill);
        }
        return sb.append(s).toString();
    }

    /** Appends one directive's expansion; false for a directive glibc does not know (kept as is). */
    private static boolean directive(StringBuilder out, char d, Tm tm) {
        int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
        switch (d) {
            case 'a': out.append(DAY_NAMES[tm.wday], 0, 3); break;
            case 'A': out.append(DAY_NAMES[tm.wday]); break;
            case 'b':
            case 'h': out.append(MONTH_NAMES[tm.mon], 0, 3); break;
            case 'B': out.append(MONTH_NAMES[tm.mon]); break;
            case 'c':
                directive(out, 'a', tm);
                out.append(' ');
                directive(out, 'b', tm);
                out.append(' ').append(pad(tm.mday, 2, ' ')).append(' ');
                directive(out, 'T', tm);
                out.append(' ').append(tm.year);
                break;
            case 'C': out.append(pad(Math.floorDiv(tm.year, 100), 2, '0')); break;
            case 'd': out.append(pad(tm.mday, 2, '0')); break;
            case 'D':
            case 'x': out.append(pad(tm.mon + 1, 2, '0')).append('/').append(pad(tm.mday, 2, '0')).append('/')
                    .append(pad(Math.floorMod(tm.year, 100), 2, '0')); break;
            case 'e': out.append(pad(tm.mday, 2, ' ')); break;
            case 'F': out.append(pad(tm.year, 1, '0')).append('-').append(pad(tm.mon + 1, 2, '0')).append('-')
                    .append(pad(tm.mday, 2, '0')); break;
            case 'G': out.append(isoYear(tm)); break;
            case 'g': out.append(pad(Math.floorMod(isoYear(tm), 100), 2, '0')); break;
            case 'V': out.append(pad(isoWeek(tm), 2, '0')); break;
            case 'H': out.append(pad(tm.hour, 2, '0')); break;
            case 'I': out.append(pad(hour12, 2, '0')); break;
            case 'j': out.append(pad(tm.yday + 1, 3, '0')); break;
            case 'k': out.append(pad(tm.hour, 2, ' ')); break;
            case 'l': out.append(pad(hour12, 2, ' ')); break;
            case 'm': out.append(pad(tm.mon + 1, 2, '0')); break;
            case 'M': out.append(pad(tm.min, 2, '0')); break;
            case 'n': out.append('\n'); break;
            case 't': out.append('\t'); break;
            case 'p': out.append(tm.hour < 12 ? "AM" : "PM"); break;
            case 'P': out.append(tm.hour < 12 ? "am" : "pm"); break;
            case 'r':
                out.append(pad(hour12, 2, '0')).append(':').append(pad(tm.min, 2, '0')).append(':')
                        .append(pad(tm.sec, 2, '0')).append(' ').append(tm.hour < 12 ? "AM" : "PM");
                break;
            case 'R': out.append(pad(tm.hour, 2, '0')).append(':').append(pad(tm.min, 2, '0')); break;
            case 's': out.append(epochSeconds(tm)); break;
            case 'S': out.append(pad(tm.sec, 2, '0')); break;
            case 'T':
            case 'X': out.append(pad(tm.hour, 2, '0')).append(':').append(pad(tm.min, 2, '0')).append(':')
                    .append(pad(tm.sec, 2, '0')); break;
            case 'u': out.append(tm.wday == 0 ? 7 : tm.wday); break;
            case 'w': out.append(tm.wday); break;
            case 'U': out.append(pad((tm.yday + 7 - tm.wday) / 7, 2, '0')); break;
            case 'W': out.append(pad((tm.yday + 7 - (tm.wday + 6) % 7) / 7, 2, '0')); break;
            case 'y': out.append(pad(Math.floorMod(tm.year, 100), 2, '0')); break;
            case 'Y': out.append(tm.year); break;
            case 'z': {
                long off = tm.gmtoff;
                out.append(off < 0 ? '-' : '+');
                off = Math.abs(off);
                out.append(pad(off / 3600, 2, '0')).append(pad(off / 60 % 60, 2, '0'));
                break;
            }
            case 'Z': out.append(tm.zone); break;
            case '%': out.append('%'); break;
            default: return false;
        }
        return true;
    }

    private static LocalDate date(Tm tm) {
        return LocalDate.ofYearDay((int) tm.year, Math.min(tm.yday + 1, LocalDate.ofYearDay((int) tm.year, 1).lengthOfYear()));
    }

    private static long isoYear(Tm tm) {
        return date(tm).get(IsoFields.WEEK_BASED_YEAR);
    }

    private static long isoWeek(Tm tm) {
        return date(tm).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static long epochSeconds(Tm tm) {
        java.time.LocalDateTime ldt = java.time.LocalDateTime.of((int) tm.year, tm.mon + 1, 1, tm.hour, tm.min, 0)
                .plusDays(tm.mday - 1).plusSeconds(tm.sec);
        return ldt.atZone(java.time.ZoneId.systemDefault()).toEpochSecond();
    }
}

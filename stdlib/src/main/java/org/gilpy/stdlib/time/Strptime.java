package org.gilpy.stdlib.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * time.strptime in the C locale: the format becomes one case-insensitive regular expression with
 * a named group per directive (the same patterns CPython's {@code _strptime} uses), then the
 * matched fields are combined into a struct_time, filling what is missing as CPython does.
 */
final class Strptime {
    private Strptime() {}

    private static String names(String[] full, boolean abbreviated) {
        List<String> alts = new ArrayList<>();
        for (String n : full) {
            alts.add(abbreviated ? n.substring(0, 3) : n);
        }
        alts.sort((a, b) -> b.length() - a.length());
        return String.join("|", alts);
    }

    private static String pattern(char d) {
        switch (d) {
            case 'd': return "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])";
            case 'f': return "(?<f>[0-9]{1,6})";
            case 'H': return "(?<H>2[0-3]|[0-1]\\d|\\d)";
            case 'I': return "(?<I>1[0-2]|0[1-9]|[1-9])";
            case 'G': return "(?<G>\\d\\d\\d\\d)";
            case 'j': return "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])";
            case 'm': return "(?<m>1[0-2]|0[1-9]|[1-9])";
            case 'M': return "(?<M>[0-5]\\d|\\d)";
            case 'S': return "(?<S>6[0-1]|[0-5]\\d|\\d)";
            case 'U': return "(?<U>5[0-3]|[0-4]\\d|\\d)";
            case 'W': return "(?<W>5[0-3]|[0-4]\\d|\\d)";
            case 'w': return "(?<w>[0-6])";
            case 'u': return "(?<u>[1-7])";
            case 'V': return "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)";
            case 'y': return "(?<y>\\d\\d)";
            case 'Y': return "(?<Y>\\d\\d\\d\\d)";
            case 'z': return "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))";
            case 'A': return "(?<A>" + names(Strftime.DAY_NAMES, false) + ")";
            case 'a': return "(?<a>" + names(Strftime.DAY_NAMES, true) + ")";
            case 'B': return "(?<B>" + names(Strftime.MONTH_NAMES, false) + ")";
            case 'b': return "(?<b>" + names(Strftime.MONTH_NAMES, true) + ")";
            case 'p': return "(?<p>am|pm)";
            case 'Z': {
                TimeModule.Zone z = TimeModule.Zone.current();
                return "(?<Z>" + Pattern.quote(z.standardName().toLowerCase(Locale.ROOT)) + "|"
                        + Pattern.quote(z.daylightName().toLowerCase(Locale.ROOT)) + "|utc|gmt)";
            }
            case '%': return "%";
            default: return null;
        }
    }

    /** Expands %c, %x, %X (C locale) and turns the format into a regular expression. */
    private static String toRegex(String format) {
        format = format.replace("%c", "%a %b %d %H:%M:%S %Y").replace("%x", "%m/%d/%y").replace("%X", "%H:%M:%S");
        StringBuilder re = new StringBuilder();
        List<Character> seen = new ArrayList<>();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char d = format.charAt(++i);
                String p = pattern(d);
                if (p == null) {
                    throw PyExc.valueError("'%s' is a bad directive in format '%%%s'", d, d);
                }
                if (d != '%' && seen.contains(d)) {
                    throw PyExc.raise(PyExc.SystemError, "redefinition of group name %s", "'" + d + "'");
                }
                seen.add(d);
                re.append(p);
            } else if (c == '%') {
                throw PyExc.valueError("stray %% in format '%s'", format);
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) {
                    i++;
                }
                re.append("\\s+");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    private static int indexOfName(String[] names, String value, boolean abbreviated) {
        for (int i = 0; i < names.length; i++) {
            String n = abbreviated ? names[i].substring(0, 3) : names[i];
            if (n.equalsIgnoreCase(value)) {
                return i;
            }
        }
        return -1;
    }

    static PyObject parse(String data, String format) {
        return parseParts(data, format).items[0];
    }

    /**
     * What CPython's {@code _strptime._strptime} gives: the struct_time, the %f microseconds and the
     * microseconds of a %z offset, which a struct_time cannot hold.
     */
    static PyTuple parseParts(String data, String format) {
        Matcher m = Pattern.compile(toRegex(format), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(data);
        if (!m.lookingAt()) {
            throw PyExc.valueError("time data %s does not match format %s", PyStr.repr(data), PyStr.repr(format));
        }
        if (m.end() != data.length()) {
            throw PyExc.valueError("unconverted data remains: %s", data.substring(m.end()));
        }
        String re = m.pattern().pattern();
        Integer year = null;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        Integer weekday = null;
        Integer julian = null;
        int tz = -1;
        PyObject zone = PyNone.NONE;
        PyObject gmtoff = PyNone.NONE;
        int fraction = 0;
        int gmtoffFraction = 0;
        Integer weekOfYear = null;
        boolean weekStartsSunday = false;
        for (char d : "yYGmBbdHIMSfAauwjUWzZp".toCharArray()) {
            if (!re.contains("(?<" + d + ">")) {
                continue;
            }
            String v = m.group(String.valueOf(d));
            switch (d) {
                case 'y': {
                    int y = Integer.parseInt(v);
                    year = y <= 68 ? y + 2000 : y + 1900;
                    break;
                }
                case 'Y': year = Integer.parseInt(v); break;
                case 'm': month = Integer.parseInt(v); break;
                case 'B': month = indexOfName(Strftime.MONTH_NAMES, v, false) + 1; break;
                case 'b': month = indexOfName(Strftime.MONTH_NAMES, v, true) + 1; break;
                case 'd': day = Integer.parseInt(v.trim()); break;
                case 'H': hour = Integer.parseInt(v); break;
                case 'I': {
                    hour = Integer.parseInt(v);
                    String ampm = re.contains("(?<p>") ? m.group("p").toLowerCase(Locale.ROOT) : "";
                    if (ampm.equals("am") || ampm.isEmpty()) {
                        hour = hour == 12 ? 0 : hour;
                    } else if (hour != 12) {
                        hour += 12;
                    }
                    break;
                }
                case 'M': minute = Integer.parseInt(v); break;
                case 'S': second = Integer.parseInt(v); break;
                case 'f': fraction = Integer.parseInt((v + "00000").substring(0, 6)); break;
                case 'A': weekday = (indexOfName(Strftime.DAY_NAMES, v, false) + 6) % 7; break;
                case 'a': weekday = (indexOfName(Strftime.DAY_NAMES, v, true) + 6) % 7; break;
                case 'w': weekday = (Integer.parseInt(v) + 6) % 7; break;
                case 'u': weekday = Integer.parseInt(v) - 1; break;
                case 'j': julian = Integer.parseInt(v); break;
                case 'U': weekOfYear = Integer.parseInt(v); weekStartsSunday = true; break;
                case 'W': weekOfYear = Integer.parseInt(v); weekStartsSunday = false; break;
                case 'z': {
                    gmtoff = PyInt.of(parseOffset(v));
                    gmtoffFraction = offsetMicroseconds(v);
                    break;
                }
                case 'Z': {
                    String lower = v.toLowerCase(Locale.ROOT);
                    TimeModule.Zone z = TimeModule.Zone.current();
                    if (lower.equals("utc") || lower.equals("gmt") || lower.equals(z.standardName().toLowerCase(Locale.ROOT))) {
                        tz = 0;
                    }
                    if (z.daylight() && lower.equals(z.daylightName().toLowerCase(Locale.ROOT))) {
                        tz = 1;
                    }
                    zone = PyStr.of(v);
                    break;
                }
                default: break;
            }
        }
        int y = year == null ? 1900 : year;
        if (julian == null && weekOfYear != null && weekday != null) {
            LocalDate first = LocalDate.of(y, 1, 1);
            DayOfWeek start = weekStartsSunday ? DayOfWeek.SUNDAY : DayOfWeek.MONDAY;
            LocalDate weekZeroStart = first.with(TemporalAdjusters.previousOrSame(start));
            int offset = weekStartsSunday ? (weekday + 1) % 7 : weekday;
            LocalDate date = first.equals(first.with(TemporalAdjusters.previousOrSame(start)))
                    ? weekZeroStart.plusWeeks(weekOfYear - 1).plusDays(offset)
                    : weekZeroStart.plusWeeks(weekOfYear).plusDays(offset);
            julian = date.getDayOfYear() + (date.getYear() != y ? (date.getYear() < y ? -LocalDate.of(y - 1, 1, 1).lengthOfYear() : first.lengthOfYear()) : 0);
        }
        LocalDate date;
        if (julian == null) {
            try {
                date = LocalDate.of(y, month, day);
            } catch (java.time.DateTimeException e) {
                throw PyExc.valueError("day is out of range for month");
            }
            julian = date.getDayOfYear();
        } else {
            date = LocalDate.ofYearDay(y, 1).plusDays(julian - 1);
            y = date.getYear();
            month = date.getMonthValue();
            day = date.getDayOfMonth();
        }
        if (weekday == null) {
            weekday = date.getDayOfWeek().getValue() - 1;
        }
        PyObject[] items = {
            PyInt.of(y), PyInt.of(month), PyInt.of(day), PyInt.of(hour), PyInt.of(minute), PyInt.of(second),
            PyInt.of(weekday), PyInt.of(julian), PyInt.of(tz), zone, gmtoff
        };
        PyObject struct = org.gilpy.objects.Abstract.call(StructTime.TYPE, PyTuple.of(items));
        return PyTuple.of(struct, PyInt.of(fraction), PyInt.of(gmtoffFraction));
    }

    private static int offsetMicroseconds(String z) {
        int dot = z.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int us = Integer.parseInt((z.substring(dot + 1) + "00000").substring(0, 6));
        return z.charAt(0) == '-' ? -us : us;
    }

    private static long parseOffset(String z) {
        if (z.equals("Z")) {
            return 0;
        }
        String digits = z.substring(1).replace(":", "");
        long hours = Long.parseLong(digits.substring(0, 2));
        long minutes = Long.parseLong(digits.substring(2, 4));
        long seconds = digits.length() >= 6 ? Long.parseLong(digits.substring(4, 6)) : 0;
        long off = hours * 3600 + minutes * 60 + seconds;
        return z.charAt(0) == '-' ? -off : off;
    }
}

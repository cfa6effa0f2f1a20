package org.gilpy.stdlib.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.GIL;
import org.gilpy.vm.Interpreter;

/**
 * The {@code time} module: clocks, sleep (with the GIL released), conversions between seconds
 * and {@link StructTime}, and strftime/strptime ({@link Strftime}, {@link Strptime}) in the C
 * locale. Local time is the JVM's default zone, which follows TZ as the C library does.
 */
public final class TimeModule implements ModuleDef {
    private static final long START_NANOS = System.nanoTime();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        m.put("struct_time", StructTime.TYPE);
        m.function("time", Builtin.of("time", self -> new PyFloat(nowNanos() / 1e9)));
        m.function("time_ns", Builtin.of("time_ns", self -> PyInt.of(nowNanos())));
        m.function("perf_counter", Builtin.of("perf_counter", self -> new PyFloat(monotonicNanos() / 1e9)));
        m.function("perf_counter_ns", Builtin.of("perf_counter_ns", self -> PyInt.of(monotonicNanos())));
        m.function("monotonic", Builtin.of("monotonic", self -> new PyFloat(monotonicNanos() / 1e9)));
        m.function("monotonic_ns", Builtin.of("monotonic_ns", self -> PyInt.of(monotonicNanos())));
        m.function("process_time", Builtin.of("process_time", self -> new PyFloat(processNanos() / 1e9)));
        m.function("process_time_ns", Builtin.of("process_time_ns", self -> PyInt.of(processNanos())));
        m.function("thread_time", Builtin.of("thread_time", self -> new PyFloat(threadNanos() / 1e9)));
        m.function("thread_time_ns", Builtin.of("thread_time_ns", self -> PyInt.of(threadNanos())));
        m.function("sleep", Builtin.of("sleep", (self, secs) -> sleep(secs)));
        m.function("gmtime", (self, args, kw) -> StructTime.of(utc(seconds("gmtime", args, kw))));
        m.function("localtime", (self, args, kw) -> StructTime.of(local(seconds("localtime", args, kw))));
        m.function("mktime", Builtin.of("mktime", (self, t) -> new PyFloat(mktime(t))));
        m.function("asctime", (self, args, kw) -> PyStr.of(asctime(timeArg("asctime", args, kw))));
        m.function("ctime", (self, args, kw) -> PyStr.of(asctime(StructTime.of(local(seconds("ctime", args, kw))))));
        m.function("strftime", (self, args, kw) -> {
            Builtin.noKeywords("strftime", kw);
            Builtin.range("strftime", args, 1, 2);
            String format = Abstract.strArg(args[0], "strftime");
            PyTuple t = args.length == 2 ? StructTime.checked(args[1], "strftime") : StructTime.of(local((long) Math.floor(nowSeconds())));
            return PyStr.of(Strftime.format(format, t));
        });
        m.function("strptime", (self, args, kw) -> {
            Builtin.noKeywords("strptime", kw);
            Builtin.range("strptime", args, 1, 2);
            String format = args.length == 2 ? Abstract.strArg(args[1], "strptime") : "%a %b %d %H:%M:%S %Y";
            return Strptime.parse(Abstract.strArg(args[0], "strptime"), format);
        });
        m.function("get_clock_info", Builtin.of("get_clock_info", (self, name) -> clockInfo(Abstract.strArg(name, "get_clock_info"))));
        m.function("tzset", Builtin.of("tzset", self -> PyNone.NONE));
        Zone zone = Zone.current();
        m.put("timezone", PyInt.of(zone.timezone)).put("altzone", PyInt.of(zone.altzone));
        m.put("daylight", PyInt.of(zone.daylight ? 1 : 0));
        m.put("tzname", PyTuple.of(PyStr.of(zone.standardName), PyStr.of(zone.daylightName)));
        return m;
    }

    // ---- clocks ----

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static double nowSeconds() {
        return nowNanos() / 1e9;
    }

    /** Nanoseconds since an arbitrary fixed point (this JVM's start), never going backwards. */
    private static long monotonicNanos() {
        return System.nanoTime() - START_NANOS + 1_000_000_000L;
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return threadNanos();
    }

    private static long threadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static PyObject sleep(PyObject secs) {
        double s;
        if (secs instanceof PyFloat f) {
            s = f.v;
        } else if (secs instanceof PyInt || secs.type().lookup(Names.__index__) != null) {
            s = Abstract.indexInt(secs).doubleValue();
        } else if (secs.type().lookup(Names.__float__) != null) {
            s = Abstract.asDouble(secs);
        } else {
            throw PyExc.typeError("'%s' object cannot be interpreted as an integer", secs.type().name);
        }
        if (Double.isNaN(s)) {
            throw PyExc.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw PyExc.valueError("sleep length must be non-negative");
        }
        long nanos = s > 9e18 / 1e9 ? Long.MAX_VALUE : (long) Math.ceil(s * 1e9);
        // fixed before the wait, which a signal handler may interrupt and resume (PEP 475)
        long deadline = System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 4);
        Blocking.io(GIL.Reason.SLEEP, () -> {
            if (nanos == 0) {
                Thread.yield();
            } else {
                // Thread.sleep(ms, ns) rounds sub-millisecond sleeps up to 1 ms on JDK 17: park to a deadline
                for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                    java.util.concurrent.locks.LockSupport.parkNanos(left);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
            return null;
        });
        return PyNone.NONE;
    }

    // ---- conversions ----

    /** The optional seconds argument of gmtime/localtime/ctime, floored to whole seconds. */
    private static long seconds(String name, PyObject[] args, String[] kw) {
        Builtin.noKeywords(name, kw);
        Builtin.range(name, args, 0, 1);
        double s;
        if (args.length == 0 || args[0] == PyNone.NONE) {
            s = nowSeconds();
        } else if (args[0] instanceof PyInt i) {
            if (i.isBig()) {
                throw PyExc.overflowError("timestamp out of range for platform time_t");
            }
            return checkRange(i.v);
        } else if (args[0] instanceof PyFloat f) {
            s = f.v;
            if (Double.isNaN(s)) {
                throw PyExc.valueError("Invalid value NaN (not a number)");
            }
        } else {
            s = Abstract.indexInt(args[0]).doubleValue();
        }
        double floor = Math.floor(s);
        if (!(Math.abs(floor) < 9.2e18)) {
            throw PyExc.overflowError("timestamp out of range for platform time_t");
        }
        return checkRange((long) floor);
    }

    /** Years beyond what java.time holds (about a billion) are out of range for us. */
    private static long checkRange(long s) {
        if (Math.abs(s) > 31556889864403199L) {
            throw PyExc.overflowError("timestamp out of range for platform time_t");
        }
        return s;
    }

    private static ZonedDateTime utc(long seconds) {
        return Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC);
    }

    private static ZonedDateTime local(long seconds) {
        return Instant.ofEpochSecond(seconds).atZone(ZoneId.systemDefault());
    }

    private static PyTuple timeArg(String name, PyObject[] args, String[] kw) {
        Builtin.noKeywords(name, kw);
        Builtin.range(name, args, 0, 1);
        if (args.length == 0) {
            return StructTime.of(local((long) Math.floor(nowSeconds())));
        }
        return StructTime.checked(args[0], name);
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static String asctime(PyTuple t) {
        long[] f = StructTime.fields(t);
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[(int) f[6]], MONTHS[(int) f[1] - 1], f[2], f[3], f[4],
                f[5], f[0]);
    }

    private static double mktime(PyObject t) {
        PyTuple tuple = StructTime.checked(t, "mktime");
        long[] f = StructTime.fields(tuple);
        LocalDateTime ldt = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
        ZonedDateTime zdt = ldt.atZone(ZoneId.systemDefault());
        if (f[8] >= 0) {
            boolean dst = zdt.getZone().getRules().isDaylightSavings(zdt.toInstant());
            if (f[8] > 0 && !dst) {
                zdt = zdt.withEarlierOffsetAtOverlap();
            } else if (f[8] == 0 && dst) {
                zdt = zdt.withLaterOffsetAtOverlap();
            }
        }
        return zdt.toEpochSecond();
    }

    private static PyObject clockInfo(String name) {
        boolean adjustable;
        boolean monotonic;
        String impl;
        double resolution;
        switch (name) {
            case "time":
                adjustable = true;
                monotonic = false;
                impl = "clock_gettime(CLOCK_REALTIME)";
                resolution = 1e-09;
                break;
            case "monotonic":
            case "perf_counter":
                adjustable = false;
                monotonic = true;
                impl = "clock_gettime(CLOCK_MONOTONIC)";
                resolution = 1e-09;
                break;
            case "process_time":
                adjustable = false;
                monotonic = true;
                impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                resolution = 1e-09;
                break;
            case "thread_time":
                adjustable = false;
                monotonic = true;
                impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                resolution = 1e-09;
                break;
            default:
                throw PyExc.valueError("unknown clock");
        }
        PyDict ns = new PyDict();
        ns.put("implementation", PyStr.of(impl));
        ns.put("monotonic", PyBool.of(monotonic));
        ns.put("adjustable", PyBool.of(adjustable));
        ns.put("resolution", new PyFloat(resolution));
        return Namespace.of(ns);
    }

    /** The zone's standing data for timezone/altzone/daylight/tzname. */
    record Zone(int timezone, int altzone, boolean daylight, String standardName, String daylightName) {
        static Zone current() {
            ZoneId id = ZoneId.systemDefault();
            int year = ZonedDateTime.now(id).getYear();
            ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 12, 0, 0, 0, id);
            ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 12, 0, 0, 0, id);
            boolean janDst = id.getRules().isDaylightSavings(jan.toInstant());
            ZonedDateTime std = janDst ? jul : jan;
            ZonedDateTime dst = janDst ? jan : jul;
            boolean hasDst = id.getRules().isDaylightSavings(dst.toInstant());
            String stdName = abbreviation(std);
            String dstName = hasDst ? abbreviation(dst) : stdName;
            int tz = -std.getOffset().getTotalSeconds();
            int alt = hasDst ? -dst.getOffset().getTotalSeconds() : tz;
            return new Zone(tz, alt, hasDst, stdName, dstName);
        }
    }

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    /** The zone abbreviation C's tm_zone holds ("UTC", "CET"...). */
    static String abbreviation(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset off) {
            return off.getTotalSeconds() == 0 ? "UTC" : off.getId();
        }
        return ZONE_NAME.format(t);
    }
}

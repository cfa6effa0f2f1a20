package org.gilpy.vm;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a GIL recording in the Chrome Trace Event format (JSON object form), which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open: one process per interpreter (its pid), one thread
 * track per thread (its ident), a complete event ("ph":"X") per span and an instant event per
 * drop request. A waiting span starts at a GIL request and ends at the acquire; a running span
 * ends at a release, whose reason its args give. Timestamps are microseconds from the first
 * recorded instant, with three decimals (nanoseconds).
 */
final class ChromeTraceWriter {
    private ChromeTraceWriter() {}

    static final String RUNNING = "running (holds GIL)";
    static final String WAITING = "waiting for GIL";
    static final String DROP_REQUEST = "drop request";

    /** The span's name as the trace and the timeline's legend show it. */
    static String spanName(GilAccount.Span s) {
        return switch (s.state()) {
            case RUNNING -> RUNNING;
            case WAITING -> WAITING;
            default -> "blocked (" + reasonName(s.reason()) + ")";
        };
    }

    static String reasonName(GIL.Reason r) {
        if (r == null) {
            return "unknown";
        }
        return switch (r) {
            case DROP_REQUEST -> "drop request";
            case IO -> "I/O";
            case SLEEP -> "sleep";
            case LOCK -> "lock";
            case JOIN -> "join";
            case EXIT -> "thread end";
        };
    }

    static void write(GilTrace.Recording rec, Writer w) throws IOException {
        w.write("{\"displayTimeUnit\":\"ns\",\"otherData\":{\"producer\":\"gilpy -X gil_trace\"},\"traceEvents\":[\n");
        boolean first = true;
        for (GilTrace.Process p : rec.processes()) {
            first = meta(w, first, p.pid(), 0, "process_name",
                    "\"name\":" + quote("gilpy " + p.title() + " (pid " + p.pid() + ")"));
            first = meta(w, first, p.pid(), 0, "process_sort_index", "\"sort_index\":" + p.interpreterId());
            first = meta(w, first, p.pid(), 0, "process_labels",
                    "\"labels\":" + quote("switch interval " + p.switchInterval() * 1e3 + " ms"));
            int order = 0;
            for (GilTrace.Track t : p.threads()) {
                first = meta(w, first, p.pid(), t.tid(), "thread_name", "\"name\":" + quote(t.name()));
                first = meta(w, first, p.pid(), t.tid(), "thread_sort_index", "\"sort_index\":" + order++);
                for (GilAccount.Span s : t.spans()) {
                    w.write(",\n");
                    span(w, rec.origin(), p.pid(), t.tid(), s);
                }
            }
        }
        w.write("\n]}\n");
    }

    private static boolean meta(Writer w, boolean first, long pid, long tid, String name, String args)
            throws IOException {
        if (!first) {
            w.write(",\n");
        }
        w.write("{\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"name\":\"" + name + "\",\"args\":{" + args
                + "}}");
        return false;
    }

    private static void span(Writer w, long origin, long pid, long tid, GilAccount.Span s) throws IOException {
        StringBuilder sb = new StringBuilder(160);
        if (s.isDropRequest()) {
            sb.append("{\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":\"").append(DROP_REQUEST).append('"');
        } else {
            sb.append("{\"ph\":\"X\",\"cat\":\"gil\",\"name\":\"").append(spanName(s)).append("\",\"dur\":");
            micros(sb, s.end() - s.start());
            sb.append(",\"cname\":\"").append(colourName(s.state())).append('"');
            if (s.state() == GilAccount.State.RUNNING && s.reason() != null) {
                sb.append(",\"args\":{\"released_for\":\"").append(reasonName(s.reason())).append("\"}");
            }
        }
        sb.append(",\"pid\":").append(pid).append(",\"tid\":").append(tid).append(",\"ts\":");
        micros(sb, s.start() - origin);
        sb.append('}');
        w.write(sb.toString());
    }

    /** chrome://tracing's reserved colour names (Perfetto colours by name instead). */
    private static String colourName(GilAccount.State state) {
        return switch (state) {
            case RUNNING -> "thread_state_running";
            case WAITING -> "terrible";
            default -> "thread_state_sleeping";
        };
    }

    /** Nanoseconds as microseconds with three decimals, without floating-point rounding. */
    private static void micros(StringBuilder sb, long nanos) {
        sb.append(nanos / 1000).append('.');
        long frac = nanos % 1000;
        if (frac < 100) {
            sb.append('0');
        }
        if (frac < 10) {
            sb.append('0');
        }
        sb.append(frac);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}

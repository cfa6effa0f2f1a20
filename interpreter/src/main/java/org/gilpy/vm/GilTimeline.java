package org.gilpy.vm;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a GIL recording as an SVG picture in the spirit of David Beazley's GIL charts: one lane
 * per thread, grouped by process, coloured by what the thread was doing (running with the GIL,
 * waiting for it, blocked outside it), drop requests marked above the lane of the thread that
 * made them, a time axis with units, the switch interval drawn to scale, and a legend. A
 * {@link Window} shows part of the run (e.g. 50 ms of it).
 */
final class GilTimeline {
    private GilTimeline() {}

    /** A time window in milliseconds from the start of the recording; NaN bounds are open. */
    record Window(double fromMs, double toMs) {
        static final Window ALL = new Window(Double.NaN, Double.NaN);

        /** "FROM:TO" in milliseconds, either side may be empty; anything else means the whole run. */
        static Window parse(String spec) {
            int colon = spec.indexOf(':');
            if (colon < 0) {
                return ALL;
            }
            try {
                String from = spec.substring(0, colon).trim();
                String to = spec.substring(colon + 1).trim();
                return new Window(from.isEmpty() ? Double.NaN : Double.parseDouble(from),
                        to.isEmpty() ? Double.NaN : Double.parseDouble(to));
            } catch (NumberFormatException e) {
                return ALL;
            }
        }
    }

    private static final int WIDTH = 1200;
    private static final int LEFT = 210;
    private static final int PLOT = WIDTH - LEFT - 30;
    private static final int LANE = 20;
    private static final int LANE_GAP = 10;
    private static final String RUNNING = "#2ca02c";
    private static final String WAITING = "#d62728";
    private static final String SLEEP = "#9ecae1";
    private static final String LOCK = "#c5b0d5";
    private static final String IO = "#fdae6b";
    private static final String DROP = "#222222";

    /** Maps nanoseconds of the recording to x; keeps what the picture needs to know of the time range. */
    private record Scale(long from, long to) {
        double x(long t) {
            return LEFT + (double) (t - from) * PLOT / (to - from);
        }

        double pixels(long nanos) {
            return (double) nanos * PLOT / (to - from);
        }
    }

    static void write(GilTrace.Recording rec, Window window, Writer w) throws IOException {
        long from = Double.isNaN(window.fromMs()) ? rec.origin() : rec.origin() + (long) (window.fromMs() * 1e6);
        long to = Double.isNaN(window.toMs()) ? rec.end() : rec.origin() + (long) (window.toMs() * 1e6);
        if (to <= from) {
            to = from + 1_000_000;
        }
        Scale scale = new Scale(from, to);
        Svg svg = new Svg();
        int y = header(svg, rec, scale);
        int lanesTop = y;
        for (GilTrace.Process p : rec.processes()) {
            y += 22;
            svg.text(12, y - 6, "start", "bold", 13, "#000",
                    "process " + p.pid() + " (interpreter " + p.interpreterId() + "): " + p.title());
            for (GilTrace.Track t : p.threads()) {
                lane(svg, scale, t, y);
                y += LANE + LANE_GAP;
            }
        }
        axis(svg, scale, rec.origin(), lanesTop, y);
        w.write(svg.finish(WIDTH, y + 46));
    }

    /** Title, subtitle and legend; returns where the lanes start. */
    private static int header(Svg svg, GilTrace.Recording rec, Scale scale) {
        int threads = 0;
        long drops = 0;
        double interval = 0;
        List<String> titles = new ArrayList<>();
        for (GilTrace.Process p : rec.processes()) {
            threads += p.threads().size();
            interval = p.switchInterval();
            titles.add(p.title());
            for (GilTrace.Track t : p.threads()) {
                for (GilAccount.Span s : t.spans()) {
                    if (s.isDropRequest() && s.start() >= scale.from() && s.start() <= scale.to()) {
                        drops++;
                    }
                }
            }
        }
        svg.text(12, 26, "start", "bold", 17, "#000", "GIL timeline: gilpy " + String.join(", ", titles));
        svg.text(12, 46, "start", "normal", 13, "#333", String.format(Locale.ROOT,
                "%d process%s, %d thread%s; shown: %s to %s after the first request (%s); %d drop request%s",
                rec.processes().size(), rec.processes().size() == 1 ? "" : "es", threads, threads == 1 ? "" : "s",
                duration(scale.from() - rec.origin()), duration(scale.to() - rec.origin()),
                duration(scale.to() - scale.from()), drops, drops == 1 ? "" : "s"));
        int x = 12;
        int y = 66;
        x = legendBox(svg, x, y, RUNNING, ChromeTraceWriter.RUNNING);
        x = legendBox(svg, x, y, WAITING, ChromeTraceWriter.WAITING);
        x = legendBox(svg, x, y, SLEEP, "blocked (sleep)");
        x = legendBox(svg, x, y, LOCK, "blocked (lock, join, queue)");
        x = legendBox(svg, x, y, IO, "blocked (I/O)");
        svg.triangle(x + 5, y + 1, DROP);
        svg.text(x + 14, y + 10, "start", "normal", 12, "#000", "drop request");
        long intervalNanos = (long) (interval * 1e9);
        double px = scale.pixels(intervalNanos);
        int bx = 12;
        int by = 88;
        svg.line(bx, by, bx + Math.max(px, 1), by, "#000", 2);
        svg.line(bx, by - 4, bx, by + 4, "#000", 1);
        svg.line(bx + Math.max(px, 1), by - 4, bx + Math.max(px, 1), by + 4, "#000", 1);
        svg.text(bx + Math.max(px, 1) + 8, by + 4, "start", "normal", 12, "#000", "switch interval "
                + duration(intervalNanos) + (px < 2 ? " (to scale: under 2 pixels here)" : " (to scale)"));
        return by + 14;
    }

    private static int legendBox(Svg svg, int x, int y, String colour, String label) {
        svg.rect(x, y, 12, 12, colour, null);
        svg.text(x + 17, y + 10, "start", "normal", 12, "#000", label);
        return x + 17 + (int) (label.length() * 6.6) + 18;
    }

    /** One thread: its name and share of the GIL at the left, its spans, its drop requests above. */
    private static void lane(Svg svg, Scale scale, GilTrace.Track t, int y) {
        long held = 0;
        svg.rect(LEFT, y, PLOT, LANE, "#f0f0f0", null);
        String runColour = null;
        double runX0 = 0;
        double runX1 = 0;
        for (GilAccount.Span s : t.spans()) {
            long start = Math.max(s.start(), scale.from());
            long end = Math.min(s.end(), scale.to());
            if (s.isDropRequest()) {
                if (s.start() >= scale.from() && s.start() <= scale.to()) {
                    svg.triangle(scale.x(s.start()), y - 5, DROP);
                }
                continue;
            }
            if (end <= start) {
                continue;
            }
            if (s.state() == GilAccount.State.RUNNING) {
                held += end - start;
            }
            String colour = colour(s);
            double x0 = scale.x(start);
            double x1 = scale.x(end);
            // neighbouring spans of one colour are drawn as one rectangle: far fewer elements
            if (colour.equals(runColour) && x0 - runX1 < 0.05) {
                runX1 = x1;
                continue;
            }
            if (runColour != null) {
                svg.rect(runX0, y, runX1 - runX0, LANE, runColour, null);
            }
            runColour = colour;
            runX0 = x0;
            runX1 = x1;
        }
        if (runColour != null) {
            svg.rect(runX0, y, runX1 - runX0, LANE, runColour, null);
        }
        String name = t.name().length() > 24 ? t.name().substring(0, 23) + "…" : t.name();
        svg.text(LEFT - 8, y + 10, "end", "normal", 12, "#000", name);
        svg.text(LEFT - 8, y + 22, "end", "normal", 10, "#555", String.format(Locale.ROOT, "holds the GIL %.0f%%",
                100.0 * held / (scale.to() - scale.from())));
    }

    private static String colour(GilAccount.Span s) {
        return switch (s.state()) {
            case RUNNING -> RUNNING;
            case WAITING -> WAITING;
            default -> s.reason() == GIL.Reason.SLEEP ? SLEEP
                    : s.reason() == GIL.Reason.LOCK || s.reason() == GIL.Reason.JOIN ? LOCK : IO;
        };
    }

    /** Ticks at 1, 2 or 5 times a power of ten, about ten of them, labelled in s, ms or µs. */
    private static void axis(Svg svg, Scale scale, long origin, int top, int bottom) {
        long span = scale.to() - scale.from();
        double raw = span / 10.0;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / pow < 2 ? pow : raw / pow < 5 ? 2 * pow : 5 * pow;
        long stepNanos = Math.max(1, (long) step);
        long rel0 = scale.from() - origin;
        long first = (rel0 + stepNanos - 1) / stepNanos * stepNanos;
        svg.line(LEFT, bottom, LEFT + PLOT, bottom, "#000", 1);
        for (long rel = first; rel <= scale.to() - origin; rel += stepNanos) {
            double x = scale.x(origin + rel);
            svg.line(x, top, x, bottom, "#00000022", 1);
            svg.line(x, bottom, x, bottom + 5, "#000", 1);
            svg.text(x, bottom + 18, "middle", "normal", 11, "#000", tickLabel(rel, span));
        }
        svg.text(LEFT + PLOT / 2.0, bottom + 36, "middle", "normal", 12, "#000",
                "time since the first GIL request (" + unit(span) + ")");
    }

    private static String unit(long span) {
        return span >= 2_000_000_000L ? "s" : span >= 2_000_000L ? "ms" : "µs";
    }

    private static String tickLabel(long nanos, long span) {
        double v = switch (unit(span)) {
            case "s" -> nanos / 1e9;
            case "ms" -> nanos / 1e6;
            default -> nanos / 1e3;
        };
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A duration for people: 1.25 s, 50 ms, 5 ms, 120 µs. */
    static String duration(long nanos) {
        if (nanos == 0) {
            return "0";
        }
        if (nanos >= 1_000_000_000L) {
            return trim(nanos / 1e9) + " s";
        }
        if (nanos >= 1_000_000L) {
            return trim(nanos / 1e6) + " ms";
        }
        return trim(nanos / 1e3) + " µs";
    }

    private static String trim(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}

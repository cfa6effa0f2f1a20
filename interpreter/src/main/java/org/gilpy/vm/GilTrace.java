package org.gilpy.vm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JVM-wide recorder of GIL activity into one file: a Chrome trace ({@code -X gil_trace=FILE})
 * or a timeline picture ({@code -X gil_timeline=FILE}). Every interpreter that names the same
 * file registers with the same recorder, so a child process (a child interpreter started by
 * its parent in the same JVM, with the parent's -X options) lands in its parent's file, on a
 * track of its own under its own pid.
 *
 * <p>The file is written whole each time one of its interpreters finishes (after its exit
 * hooks, so a run ending in an exception or {@code sys.exit} is recorded completely), and once
 * more at JVM shutdown if an interpreter had not finished by then.
 */
public final class GilTrace {

    /** What the file holds. */
    public enum Format { CHROME_JSON, SVG_TIMELINE }

    /** One thread's track: its recorded spans, in time order. */
    public record Track(long tid, String name, List<GilAccount.Span> spans) {}

    /** One interpreter's tracks, titled by its script. */
    public record Process(long pid, int interpreterId, String title, double switchInterval, List<Track> threads) {}

    /** What a file shows: times are nanoseconds, origin the earliest recorded instant. */
    public record Recording(long origin, long end, List<Process> processes) {}

    private static final Map<Path, GilTrace> FILES = new ConcurrentHashMap<>();

    private final Path file;
    private final Format format;
    private volatile GilTimeline.Window window = GilTimeline.Window.ALL;
    private final List<Interpreter> interpreters = new CopyOnWriteArrayList<>();
    private final Set<Interpreter> finished = ConcurrentHashMap.newKeySet();

    private GilTrace(Path file, Format format) {
        this.file = file;
        this.format = format;
        Thread hook = new Thread(this::writeIfUnfinished, "gilpy-trace-writer");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The recorder of file (created on first use; its format is fixed by that first use). */
    public static GilTrace forFile(Path file, Format format) {
        return FILES.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new GilTrace(f, format));
    }

    /** The recorders interp's -X options ask for (gil_trace=FILE, gil_timeline=FILE, gil_window=FROM:TO), interp registered. */
    static List<GilTrace> openAll(Interpreter interp) {
        List<GilTrace> traces = new ArrayList<>();
        GilTimeline.Window window = GilTimeline.Window.ALL;
        for (String opt : interp.config.xoptions) {
            if (opt.startsWith("gil_window=")) {
                window = GilTimeline.Window.parse(opt.substring("gil_window=".length()));
            }
        }
        for (String opt : interp.config.xoptions) {
            GilTrace trace = null;
            if (opt.startsWith("gil_trace=")) {
                trace = forFile(interp.resolvePath(opt.substring("gil_trace=".length())), Format.CHROME_JSON);
            } else if (opt.startsWith("gil_timeline=")) {
                trace = forFile(interp.resolvePath(opt.substring("gil_timeline=".length())), Format.SVG_TIMELINE);
                trace.window = window;
            }
            if (trace != null) {
                trace.register(interp);
                traces.add(trace);
            }
        }
        return traces;
    }

    /** Adds interp's threads to this file (its GIL must record spans). */
    public void register(Interpreter interp) {
        if (!interpreters.contains(interp)) {
            interpreters.add(interp);
        }
    }

    /** interp is done: the file is written with everything recorded so far. */
    public void finished(Interpreter interp) {
        finished.add(interp);
        writeReporting(interp.rawStderr());
    }

    private void writeIfUnfinished() {
        if (!finished.containsAll(interpreters)) {
            writeReporting(System.err);
        }
    }

    private void writeReporting(PrintStream err) {
        try {
            write();
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "No such file or directory"
                    : e instanceof AccessDeniedException ? "Permission denied" : e.getMessage();
            err.println("gilpy: cannot write " + file + ": " + why);
        }
    }

    /** Writes the file now, open spans closed at this instant. */
    public synchronized void write() throws IOException {
        Recording rec = recording();
        Path dir = file.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format == Format.CHROME_JSON) {
                ChromeTraceWriter.write(rec, w);
            } else {
                GilTimeline.write(rec, window, w);
            }
        }
    }

    /** Everything recorded so far, open spans closed now. */
    public Recording recording() {
        long now = System.nanoTime();
        long origin = now;
        List<Process> processes = new ArrayList<>();
        for (Interpreter interp : interpreters) {
            List<Track> tracks = new ArrayList<>();
            for (GilAccount account : interp.gil.accounts()) {
                List<GilAccount.Span> spans = account.spans(now);
                if (!spans.isEmpty()) {
                    origin = Math.min(origin, spans.get(0).start());
                    ThreadState ts = account.thread();
                    tracks.add(new Track(ts.thread.getId(), ts.name, spans));
                }
            }
            List<String> argv = interp.config.argv;
            String script = argv.isEmpty() || argv.get(0).isEmpty() ? "<stdin>"
                    : String.valueOf(Path.of(argv.get(0)).getFileName());
            processes.add(new Process(interp.pid(), interp.id, script, interp.gil.interval(), tracks));
        }
        return new Recording(origin, now, processes);
    }
}

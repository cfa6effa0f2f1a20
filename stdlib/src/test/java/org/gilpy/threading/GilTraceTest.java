package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gilpy.vm.GilAccount;
import org.gilpy.vm.GilStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * -X gil_trace, -X gil_timeline and -X gil_stats on real runs: the trace is well-formed JSON in
 * the Chrome Trace Event format, the GIL's invariant holds in it (the "holds GIL" spans of one
 * interpreter never overlap), every thread that ran has a track, the statistics add up, and a
 * run ending in an exception or sys.exit still leaves a complete file. Nothing here is a claim
 * about how long anything takes.
 */
class GilTraceTest {
    private static final String RUNNING = "running (holds GIL)";
    /** A main thread that starts two CPU-bound threads and joins them. */
    private static final String TWO_SPINNERS = """
            import threading
            def spin():
                for i in range(100000):
                    pass
            ts = [threading.Thread(target=spin) for _ in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            """;

    @TempDir
    Path dir;

    /** A trace event of kind ph on track (pid, tid); times in nanoseconds from the trace's start. */
    private record Event(String ph, String name, long pid, long tid, long ts, long dur, Map<String, Object> args) {}

    private static long nanos(Object micros) {
        return ((BigDecimal) micros).movePointRight(3).longValueExact();
    }

    @SuppressWarnings("unchecked")
    private static List<Event> readTrace(Path file) throws IOException {
        Map<String, Object> doc = (Map<String, Object>) StrictJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<Event> events = new ArrayList<>();
        for (Object o : (List<Object>) doc.get("traceEvents")) {
            Map<String, Object> e = (Map<String, Object>) o;
            String ph = (String) e.get("ph");
            assertTrue(Set.of("M", "X", "i").contains(ph), "event kind " + e);
            long ts = e.containsKey("ts") ? nanos(e.get("ts")) : 0;
            long dur = e.containsKey("dur") ? nanos(e.get("dur")) : 0;
            assertTrue(ts >= 0 && dur >= 0, "times " + e);
            events.add(new Event(ph, (String) e.get("name"), ((BigDecimal) e.get("pid")).longValueExact(),
                    ((BigDecimal) e.get("tid")).longValueExact(), ts, dur, (Map<String, Object>) e.get("args")));
        }
        return events;
    }

    /** Fails if two "holds GIL" spans of one process overlap; returns how many there were. */
    private static int assertHoldsNeverOverlap(List<Event> events) {
        Map<Long, List<Event>> byPid = new HashMap<>();
        for (Event e : events) {
            if (e.ph.equals("X") && e.name.equals(RUNNING)) {
                byPid.computeIfAbsent(e.pid, k -> new ArrayList<>()).add(e);
            }
        }
        int n = 0;
        for (List<Event> spans : byPid.values()) {
            spans.sort((a, b) -> Long.compare(a.ts, b.ts));
            for (int i = 1; i < spans.size(); i++) {
                Event prev = spans.get(i - 1);
                Event next = spans.get(i);
                assertTrue(next.ts >= prev.ts + prev.dur, "GIL held by two threads at once: " + prev + " and " + next);
            }
            n += spans.size();
        }
        return n;
    }

    /** The tids with a thread_name record, by name. */
    private static Map<Long, String> threadNames(List<Event> events) {
        Map<Long, String> names = new HashMap<>();
        for (Event e : events) {
            if (e.ph.equals("M") && e.name.equals("thread_name")) {
                names.put(e.tid, (String) e.args.get("name"));
            }
        }
        return names;
    }

    private PyRun.Result runTraced(String source, Path trace, String... more) {
        List<String> x = new ArrayList<>(List.of("gil_trace=" + trace));
        x.addAll(List.of(more));
        return new PyRun(0.005, x).start(source).await();
    }

    @ParameterizedTest
    @ValueSource(strings = {"race_condition", "race_fixed_with_lock", "shared_dict_lock", "semaphore", "rlock",
        "thread_subclass", "queue_workers", "gil_timeline"})
    void traceOfASampleIsWellFormedAndTheGilIsNeverHeldTwice(String sample) throws IOException {
        Path trace = dir.resolve(sample + ".json");
        String source = Files.readString(Path.of("..", "samples", sample + ".py"), StandardCharsets.UTF_8);
        PyRun.Result r = runTraced(source, trace);
        assertEquals(0, r.exit(), r.err());
        List<Event> events = readTrace(trace);
        assertTrue(assertHoldsNeverOverlap(events) > 0);
        Map<Long, String> names = threadNames(events);
        Set<Long> running = new HashSet<>();
        for (Event e : events) {
            if (e.ph.equals("X") && e.name.equals(RUNNING)) {
                running.add(e.tid);
            }
        }
        GilStats stats = r.interp().gilStats();
        for (GilStats.ThreadStats t : stats.threads()) {
            if (t.acquisitions() > 0) {
                assertEquals(t.name(), names.get(t.ident()), "a track named after thread " + t.ident());
                assertTrue(running.contains(t.ident()), "thread " + t.name() + " ran: it has running spans");
            }
        }
        assertTrue(stats.threads().size() > 1, "the sample started threads");
    }

    @Test
    void statisticsAddUpAndMatchTheTrace() throws IOException {
        Path trace = dir.resolve("stats.json");
        long before = System.nanoTime();
        PyRun.Result r = new PyRun(0.0005, List.of("gil_trace=" + trace, "gil_stats")).start("""
                import threading, time, gilpy.gil
                def spin():
                    n = 0
                    for i in range(300000):
                        n += i
                def nap():
                    for _ in range(20):
                        time.sleep(0.001)
                threads = [threading.Thread(target=spin) for _ in range(3)] + [threading.Thread(target=nap)]
                for t in threads: t.start()
                for t in threads: t.join()
                s = gilpy.gil.stats()
                me = [t for t in s['threads'] if t['ident'] == threading.get_ident()][0]
                print('main state', me['state'])
                gap = me['lifetime'] - (me['held'] + me['waited'] + me['blocked'])
                print('main adds up', 0 <= gap <= 0.01 * me['lifetime'] + 0.001)
                print('names', sorted(t['name'] for t in s['threads'])[:2])
                """).await();
        long wall = System.nanoTime() - before;
        assertEquals("main state running\nmain adds up True\nnames ['MainThread', 'Thread-1 (spin)']\n", r.out(),
                r.err());
        GilStats stats = r.interp().gilStats();
        long held = 0;
        for (GilStats.ThreadStats t : stats.threads()) {
            assertEquals(GilAccount.State.ENDED, t.state(), t.name());
            long sum = t.held() + t.waited() + t.blocked();
            assertTrue(sum <= t.lifetime() && t.lifetime() - sum <= t.lifetime() / 100 + 1_000_000,
                    t + ": held + waited + blocked is its lifetime");
            assertTrue(t.switches() <= t.acquisitions(), t.toString());
            held += t.held();
        }
        assertTrue(held <= wall, "one thread at a time holds the GIL: total hold " + held + " within " + wall);
        GilStats.ThreadStats total = stats.total();
        assertTrue(total.dropRequestsMade() > 0, "CPU-bound threads asked each other to drop the GIL");
        assertTrue(total.dropRequestsObeyed() <= total.dropRequestsMade(), total.toString());
        assertTrue(r.err().contains("GIL statistics, process " + r.interp().pid()), r.err());
        assertTrue(r.err().contains("Thread-4 (nap)"), r.err());

        List<Event> events = readTrace(trace);
        assertHoldsNeverOverlap(events);
        long drops = events.stream().filter(e -> e.ph.equals("i") && e.name.equals("drop request")).count();
        assertEquals(total.dropRequestsMade(), drops, "each drop request made is in the trace");
        long sleeps = events.stream().filter(e -> e.ph.equals("X") && e.name.equals("blocked (sleep)")).count();
        assertEquals(20, sleeps, "each time.sleep is a blocked span");
    }

    @Test
    void anUncaughtExceptionStillWritesTheWholeTraceAndTimeline() throws IOException {
        Path trace = dir.resolve("exc.json");
        Path svg = dir.resolve("exc.svg");
        PyRun.Result r = runTraced("""
                import threading, time
                def worker():
                    time.sleep(0.01)
                t = threading.Thread(target=worker, name='worker')
                t.start()
                t.join()
                raise ValueError('boom')
                """, trace, "gil_timeline=" + svg);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("ValueError: boom"), r.err());
        assertEquals(Set.of("MainThread", "worker"), Set.copyOf(threadNames(readTrace(trace)).values()));
        String picture = Files.readString(svg, StandardCharsets.UTF_8);
        assertWellFormedXml(picture);
        assertTrue(picture.contains(">worker</text>") && picture.contains(">MainThread</text>"), picture);
    }

    @Test
    void aTimelineWindowIsDrawnWithItsOwnUnitsAndTheSwitchIntervalToScale() throws IOException {
        Path svg = dir.resolve("zoom.svg");
        PyRun.Result r = new PyRun(0.005, List.of("gil_timeline=" + svg, "gil_window=0:50")).start(TWO_SPINNERS)
                .await();
        assertEquals(0, r.exit(), r.err());
        String picture = Files.readString(svg, StandardCharsets.UTF_8);
        assertWellFormedXml(picture);
        assertTrue(picture.contains("time since the first GIL request (ms)"), "axis in ms");
        assertTrue(picture.contains("shown: 0 to 50 ms after the first request (50 ms)"), picture);
        assertTrue(picture.contains("switch interval 5 ms (to scale)"), "a 5 ms bar is 98 pixels in 50 ms");
        assertTrue(picture.contains(">Thread-1 (spin)</text>") && picture.contains(">Thread-2 (spin)</text>"));
    }

    @Test
    void sysExitStillWritesTheWholeTrace() throws IOException {
        Path trace = dir.resolve("exit.json");
        PyRun.Result r = runTraced(TWO_SPINNERS + "import sys\nsys.exit(3)\n", trace);
        assertEquals(3, r.exit());
        List<Event> events = readTrace(trace);
        assertEquals(3, threadNames(events).size());
        assertHoldsNeverOverlap(events);
        Event lastMain = null;
        for (Event e : events) {
            if (e.ph.equals("X") && e.name.equals(RUNNING) && threadNames(events).get(e.tid).equals("MainThread")) {
                lastMain = e;
            }
        }
        assertEquals("thread end", lastMain.args.get("released_for"), "the main thread's last release is in the trace");
    }

    @Test
    void twoInterpretersShareOneFileAsTwoProcesses() throws IOException {
        Path trace = dir.resolve("two.json");
        PyRun parent = new PyRun(0.005, List.of("gil_trace=" + trace)).start(TWO_SPINNERS);
        PyRun child = new PyRun(0.005, List.of("gil_trace=" + trace)).start(TWO_SPINNERS);
        PyRun.Result first = parent.await();
        PyRun.Result second = child.await();
        assertNotEquals(first.interp().pid(), second.interp().pid());
        List<Event> events = readTrace(trace);
        assertHoldsNeverOverlap(events);
        Set<Long> pids = new HashSet<>();
        for (Event e : events) {
            if (e.ph.equals("M") && e.name.equals("process_name")) {
                pids.add(e.pid);
            }
        }
        assertEquals(Set.of(first.interp().pid(), second.interp().pid()), pids);
        assertEquals(6, threadNames(events).size());
    }

    @Test
    void withoutOptionsNothingIsRecordedButStatisticsAreKept() {
        PyRun.Result r = PyRun.run("""
                import threading
                t = threading.Thread(target=lambda: None)
                t.start(); t.join()
                """);
        assertFalse(r.err().contains("GIL statistics"), r.err());
        assertEquals(2, r.interp().gilStats().threads().size());
        for (var account : r.interp().gil.accounts()) {
            assertTrue(account.spans(System.nanoTime()).isEmpty());
        }
    }

    private static void assertWellFormedXml(String text) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage());
        }
    }
}

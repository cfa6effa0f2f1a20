package org.gilpy.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gilpy.threading.PyRun;
import org.junit.jupiter.api.DynamicTest;

/**
 * One program of the seed texts (resources/seeds, listed in its README) and what its run on gilpy
 * must show. Its stdout is compared with CPython's recorded {@code <name>.out} when there is one,
 * after {@code normalise} (pids, times, idents) and, for output from several threads or processes
 * at once, as a multiset of lines; {@code shape} checks what no recording can: the phenomenon
 * the seed shows, in output that differs from run to run.
 *
 * @param orderWithin prefixes of lines that must keep CPython's order among themselves even when
 *     the lines as a whole may come in any order (each thread's own output)
 */
record SeedProgram(String name, boolean writeThrough, UnaryOperator<String> normalise, boolean linesInAnyOrder,
        List<String> orderWithin, Consumer<PyRun.Result> shape) {
    /** Seed 003 is a notebook: its cells run after the imports its earlier cells made. */
    private static final String NOTEBOOK = "003_";

    static SeedProgram of(String name) {
        return new SeedProgram(name, false, s -> s, false, List.of(), r -> {});
    }

    /** Runs as python -u (recorded with {@code tools/record-seeds.sh -u}); stdout is block-buffered otherwise. */
    SeedProgram unbuffered() {
        return new SeedProgram(name, true, normalise, linesInAnyOrder, orderWithin, shape);
    }

    /** Replaces regex matches by replacement in both outputs before comparing them. */
    SeedProgram normalising(String regex, String replacement) {
        UnaryOperator<String> before = normalise;
        return new SeedProgram(name, writeThrough, s -> before.apply(s).replaceAll(regex, replacement), linesInAnyOrder,
                orderWithin, shape);
    }

    /** Lines may come in any order, except that those starting with each prefix keep theirs. */
    SeedProgram anyLineOrder(String... prefixes) {
        return new SeedProgram(name, writeThrough, normalise, true, List.of(prefixes), shape);
    }

    SeedProgram shows(Consumer<PyRun.Result> check) {
        return new SeedProgram(name, writeThrough, normalise, linesInAnyOrder, orderWithin, check);
    }

    /** Starts every program at once (most of them sleep), then checks each as a test of its own. */
    static Stream<DynamicTest> runAll(List<SeedProgram> programs, long limitSeconds) {
        List<PyRun> runs = programs.stream().map(SeedProgram::start).toList();
        return IntStream.range(0, programs.size()).mapToObj(i -> DynamicTest.dynamicTest(programs.get(i).name(),
                () -> programs.get(i).check(runs.get(i).await(limitSeconds))));
    }

    private PyRun start() {
        String source = resource(name + ".py");
        if (name.startsWith(NOTEBOOK)) {
            source = resource(NOTEBOOK + "kernel.py") + source;
        }
        return new PyRun(0.005, writeThrough).start(source, name + ".py");
    }

    void check(PyRun.Result r) {
        String why = name + " printed:\n" + r.out() + "\nstderr:\n" + r.err();
        assertEquals(0, r.exit(), "exit code of " + why);
        String expected = recording();
        if (expected != null) {
            assertEquals(comparable(expected), comparable(r.out()), "stdout of " + why);
            for (String prefix : orderWithin) {
                assertEquals(linesStarting(expected, prefix), linesStarting(r.out(), prefix),
                        "order of the \"" + prefix + "\" lines of " + why);
            }
        }
        shape.accept(r);
    }

    private String comparable(String out) {
        String n = normalise.apply(out);
        return linesInAnyOrder ? Arrays.stream(n.split("\n", -1)).sorted().collect(Collectors.joining("\n")) : n;
    }

    private List<String> linesStarting(String out, String prefix) {
        List<String> lines = new ArrayList<>();
        for (String line : normalise.apply(out).split("\n")) {
            if (line.startsWith(prefix)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** CPython's stdout (tools/record-seeds.sh), or null where it differs from run to run. */
    private String recording() {
        return resourceOrNull(name + ".out");
    }

    private static String resource(String file) {
        String text = resourceOrNull(file);
        if (text == null) {
            throw new IllegalStateException("no seeds/" + file + " among the test resources");
        }
        return text;
    }

    private static String resourceOrNull(String file) {
        try (InputStream in = SeedProgram.class.getResourceAsStream("/seeds/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.gilpy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the conformance corpus through an embedded interpreter and compares
 * stdout, the exit code and (for failing programs) the last stderr line with what CPython 3.11
 * printed when the corpus was recorded ({@code tools/record-conformance.sh}).
 *
 * <p>Programs listed in {@code KNOWN_FAILURES} (one relative path per line, with a reason) are
 * still run and reported as skipped while they fail; one that passes fails the test until it is
 * taken off the list, so the list stays the exact to-do list of conformance work.
 */
class ConformanceTest {
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "conformance");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void shutdown() {
        RUNNER.shutdownNow();
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(ConformanceTest.class.getResource("/conformance").toURI());
    }

    static Set<String> knownFailures(Path root) throws IOException {
        Path list = root.resolve("KNOWN_FAILURES");
        if (!Files.exists(list)) {
            return Set.of();
        }
        return Files.readAllLines(list).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
    }

    @TestFactory
    Stream<DynamicTest> corpusPrograms() throws Exception {
        Path root = corpus();
        Set<String> known = knownFailures(root);
        List<Path> programs;
        try (Stream<Path> s = Files.walk(root)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return programs.stream().map(p -> {
            String rel = root.relativize(p).toString();
            return DynamicTest.dynamicTest(rel, () -> {
                if (known.contains(rel)) {
                    // still run it: a listed program that passes must leave the list
                    boolean passes;
                    try {
                        check(p);
                        passes = true;
                    } catch (AssertionError stillFailing) {
                        passes = false;
                    }
                    assertFalse(passes, rel + " passes now: remove it from KNOWN_FAILURES");
                    assumeFalse(true, "known failure: " + rel);
                }
                check(p);
            });
        });
    }

    /** The observable result of one run. */
    record Outcome(String stdout, int exit, String lastStderrLine) {}

    static Outcome run(Path program) throws Exception {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = program.getParent();
        InterpreterConfig config = InterpreterConfig.defaults()
                .argv(List.of(program.getFileName().toString()))
                .path(List.of(dir.toString()))
                .cwd(dir)
                .stdout(out).stderr(err).stdin(new ByteArrayInputStream(new byte[0]));
        Future<Integer> f = RUNNER.submit(() -> new Interpreter(config).runMain(source, program.getFileName().toString()));
        int exit;
        try {
            exit = f.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            exit = -1;
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        String last = "";
        for (String line : errText.split("\n")) {
            if (!line.isBlank()) {
                last = line;
            }
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), exit, last);
    }

    static void check(Path program) throws Exception {
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        String expectedOut = Files.readString(program.resolveSibling(base + ".out"), StandardCharsets.UTF_8);
        List<String> status = Files.readAllLines(program.resolveSibling(base + ".status"));
        int expectedExit = Integer.parseInt(status.get(0).strip());
        Outcome got = run(program);
        assertEquals(expectedOut, got.stdout(), "stdout of " + program.getFileName() + "\nstderr ended: " + got.lastStderrLine());
        assertEquals(expectedExit, got.exit(), "exit code of " + program.getFileName() + "\nstderr ended: "
                + got.lastStderrLine());
        if (expectedExit != 0 && status.size() > 1) {
            assertEquals(status.get(1), got.lastStderrLine(), "last stderr line of " + program.getFileName());
        }
    }
}

package org.gilpy.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The module programs beside this class ({@code programs/*.py}), each run in a fresh temporary
 * working directory; stdout and the exit code must be what CPython 3.11 gave when the
 * {@code .out} and {@code .status} files were recorded. They exercise math, random, time, os,
 * itertools, operator, io, atexit, gc, keyword, platform, datetime, calendar, csv, decimal,
 * inspect and importlib far beyond the conformance corpus.
 */
class ModuleProgramsTest {
    private static Path programs() throws URISyntaxException {
        return Path.of(ModuleProgramsTest.class.getResource("programs").toURI());
    }

    @TestFactory
    Stream<DynamicTest> modulePrograms() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(programs())) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        String expected = Files.readString(program.resolveSibling(base + ".out"), StandardCharsets.UTF_8);
        int expectedExit = Integer.parseInt(Files.readString(program.resolveSibling(base + ".status")).strip());
        Path cwd = Files.createTempDirectory("gilpy-module-test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            InterpreterConfig config = InterpreterConfig.defaults().argv(List.of(program.getFileName().toString()))
                    .cwd(cwd).stdout(out).stderr(err).stdin(new ByteArrayInputStream(new byte[0]));
            int exit = new Interpreter(config).runMain(Files.readString(program, StandardCharsets.UTF_8),
                    program.getFileName().toString());
            String errText = err.toString(StandardCharsets.UTF_8);
            assertEquals(expected, out.toString(StandardCharsets.UTF_8), base + " stdout; stderr:\n" + errText);
            assertEquals(expectedExit, exit, base + " exit code; stderr:\n" + errText);
        } finally {
            try (Stream<Path> s = Files.walk(cwd)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

package org.gilpy.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gilpy.threading.PyRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seeds' own code runs unmodified on gilpy and shows what the seed shows (issues #4 and #5):
 * every program of resources/seeds except the long ones, which {@link SlowSeedProgramsTest} runs.
 * Nothing here measures time: threads overlapping their sleeps is a matter for the benchmarks.
 */
class SeedProgramsTest {
    /** "took 2.00s", "--- 15.56 seconds ---": times are normalised away, never compared. */
    static final String TIME = "\\d+\\.\\d+(e-\\d+)?";
    static final String PID = "(Pid is |process: )\\d+";

    static final List<SeedProgram> PROGRAMS = List.of(
            SeedProgram.of("000_1").normalising(TIME, "T"),
            SeedProgram.of("000_4").normalising(PID, "$1P").anyLineOrder().shows(r ->
                    assertEquals(1, numbersAfter("Pid is ", r.out()).stream().distinct().count(),
                            "four threads, one process: " + r.out())),
            SeedProgram.of("000_5").normalising(PID, "$1P").shows(r ->
                    assertEquals(4, numbersAfter("Pid is ", r.out()).stream().distinct().count(),
                            "four processes, four pids: " + r.out())),
            SeedProgram.of("000_6").shows(SeedProgramsTest::sharedDictUnderALock),
            SeedProgram.of("000_7"),
            SeedProgram.of("001_1"),
            SeedProgram.of("001_2").anyLineOrder("square", "cube"),
            SeedProgram.of("001_4"),
            SeedProgram.of("001_5").shows(r -> {
                assertTrue(r.err().startsWith("Process Process-1:\nTraceback (most recent call last):\n"), r.err());
                assertTrue(r.err().endsWith("\nNameError: name 'results' is not defined\n"), r.err());
            }),
            SeedProgram.of("002_1").normalising(PID, "$1P").shows(r -> assertNotEquals(
                    numbersAfter("child process: ", r.out()), numbersAfter("parent process: ", r.out()))),
            SeedProgram.of("002_2"),
            SeedProgram.of("002_3"),
            SeedProgram.of("002_4"),
            SeedProgram.of("002_5").shows(SeedProgramsTest::valueWithoutALockLosesUpdatesAtMost),
            SeedProgram.of("002_6"),
            // buffered, CPython's Pool workers are killed at exit before they flush what they printed
            SeedProgram.of("002_7").unbuffered(),
            SeedProgram.of("002_8").normalising("(thread: )\\d+", "$1I").shows(r -> assertNotEquals(
                    numbersAfter("child thread: ", r.out()), numbersAfter("main thread: ", r.out()))),
            SeedProgram.of("003_2").normalising(TIME, "T"),
            SeedProgram.of("003_3"),
            SeedProgram.of("003_4").shows(SeedProgramsTest::raceEndsAtAMultipleOfTen),
            SeedProgram.of("003_5"),
            SeedProgram.of("003_7").shows(r -> workersGotEach(r.out(), IntStream.rangeClosed(1, 20))),
            SeedProgram.of("003_9").shows(r -> workersGotEach(r.out(),
                    IntStream.concat(IntStream.rangeClosed(1, 20), IntStream.range(0, 100_000)))));

    @TestFactory
    Stream<DynamicTest> seedPrograms() {
        return SeedProgram.runAll(PROGRAMS, PyRun.LIMIT_SECONDS);
    }

    /** Each thread prints before and after it stores under the lock; the dict ends complete. */
    private static void sharedDictUnderALock(PyRun.Result r) {
        String out = r.out();
        String tail = "Obj final result:\n{'0': 0, '1': 1, '2': 2, '3': 3}\n";
        assertTrue(out.endsWith(tail), out);
        // the threads print without the lock, so their lines may run into each other
        String prints = out.substring(0, out.length() - tail.length());
        Matcher m = Pattern.compile("Obj (has|now has) (\\d) values").matcher(prints);
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        while (m.find()) {
            (m.group(1).equals("has") ? before : after).add(Integer.parseInt(m.group(2)));
        }
        assertEquals(4, before.size(), out);
        assertEquals(4, after.size(), out);
        assertTrue(before.stream().allMatch(n -> n >= 0 && n <= 3), out);
        assertTrue(after.stream().allMatch(n -> n >= 1 && n <= 4), out);
        assertTrue(after.contains(4), "the last store makes 4: " + out);
        assertTrue(m.replaceAll("").isBlank(), out);
    }

    /** 10 processes x 50 unlocked "+= 1": updates can be lost (CPython: 498, 500, 497), never gained. */
    private static void valueWithoutALockLosesUpdatesAtMost(PyRun.Result r) {
        assertTrue(r.out().matches("\\d+\n"), r.out());
        int value = Integer.parseInt(r.out().strip());
        assertTrue(value > 0 && value <= 500, r.out());
    }

    /** 10 threads each add 10 to the value they read: every thread's write is some read + 10. */
    private static void raceEndsAtAMultipleOfTen(PyRun.Result r) {
        Matcher m = Pattern.compile("start value 0\nenv value (\\d+)\n").matcher(r.out());
        assertTrue(m.matches(), r.out());
        int value = Integer.parseInt(m.group(1));
        assertTrue(value % 10 == 0 && value >= 10 && value <= 100, r.out());
    }

    /** The daemon workers Thread-1 to Thread-10 between them got each queued value once. */
    private static void workersGotEach(String out, IntStream values) {
        Matcher m = Pattern.compile("in Thread-(\\d+) \\(worker\\), got (\\d+)\n").matcher(out);
        List<Integer> got = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            int thread = Integer.parseInt(m.group(1));
            assertTrue(thread >= 1 && thread <= 10, m.group());
            got.add(Integer.parseInt(m.group(2)));
            end = m.end();
        }
        assertEquals(out.length(), end, "a line that is not a worker's, at " + end);
        assertEquals(values.sorted().boxed().collect(Collectors.toList()), got.stream().sorted().toList());
    }

    /** The numbers following marker on each line that has it. */
    static List<Long> numbersAfter(String marker, String out) {
        Matcher m = Pattern.compile(Pattern.quote(marker) + "(\\d+)").matcher(out);
        List<Long> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Long.parseLong(m.group(1)));
        }
        return numbers;
    }
}

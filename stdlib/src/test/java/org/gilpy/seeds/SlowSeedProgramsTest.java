package org.gilpy.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed programs that take long: 10^7 function calls five times over in 000_2 and 000_3, and
 * sleeps of 12 s (001_3) and 100 s (003_1). All run at once, so the class takes about as long
 * as its longest program; {@code -DexcludedGroups=slow} leaves it out of a local build.
 */
@Tag("slow")
class SlowSeedProgramsTest {
    private static final long LIMIT_SECONDS = 600;

    static final List<SeedProgram> PROGRAMS = List.of(
            SeedProgram.of("000_2").normalising(SeedProgramsTest.TIME, "T"),
            SeedProgram.of("000_3").normalising(SeedProgramsTest.TIME, "T"),
            SeedProgram.of("001_3").anyLineOrder("square", "cube"),
            SeedProgram.of("003_1").shows(r -> {
                // one process per core, each printing DONE after its 1000 sleeps of 0.1 s
                String[] lines = r.out().split("\n");
                int cpus = Integer.parseInt(lines[0]);
                assertEquals(cpus + 2, lines.length, r.out());
                for (int i = 1; i <= cpus; i++) {
                    assertEquals("DONE", lines[i], r.out());
                }
                assertEquals("end main", lines[cpus + 1], r.out());
                assertTrue(r.out().endsWith("\n"), r.out());
            }));

    @TestFactory
    Stream<DynamicTest> slowSeedPrograms() {
        return SeedProgram.runAll(PROGRAMS, LIMIT_SECONDS);
    }
}

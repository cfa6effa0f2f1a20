package org.gilpy.threading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gilpy.lab at toy sizes: every experiment yields its rows, the table, CSV and SVG are made from
 * them, and CPython's side is parsed from the workload's JSON lines. Asserts shapes, never timings;
 * python3 is replaced by a shell script that answers like the workload does.
 */
class LabTest {
    @TempDir
    Path dir;

    private static final String TOY_LAB = """
            import csv
            from gilpy import lab, lab_chart
            sizes = dict(lab.QUICK, count=2000, naps=1, nap_us=100, hash_rounds=1, hash_mb=1, convoy_ops=2)
            def run(python):
                runtimes = lab.Runtimes(python, 1)
                try:
                    l = lab.Lab(runtimes, sizes, lambda step: None)
                    l.run_all()
                finally:
                    runtimes.close()
                return l.rows
            """;

    @Test
    void everyExperimentMakesItsRowsAndTheOutputsAreMadeFromThem() throws Exception {
        Path svg = dir.resolve("lab.svg");
        Path csvFile = dir.resolve("lab.csv");
        PyRun.expect(TOY_LAB + """
                rows = run(None)
                print(len(rows), sorted({r['section'] for r in rows}))
                print(all(r['gilpy'] > 0 and r['cpython'] is None and r['cpython_ratio'] is None for r in rows))
                print(all(r['gilpy_ratio'] == 1.0 for r in rows if r['case'] == 'serial'))
                print(sorted({r['n'] for r in rows if r['section'] == 'cpu'}))
                text = lab.table(rows)
                print(text.count('\\n') + 1, text.splitlines()[1], '[sweep]' in text)
                lab.write_csv(%s, rows)
                with open(%s) as f:
                    back = list(csv.DictReader(f))
                print(len(back), list(back[0])[:4])
                with open(%s, 'w') as f:
                    f.write(lab_chart.svg(rows, lab.machine(None)))
                """.formatted(py(csvFile), py(csvFile), py(svg)),
                "45 ['convoy', 'cpu', 'hash', 'io', 'sweep']\nTrue\nTrue\n[1, 2, 4, 8]\n51 [cpu] True\n"
                        + "45 ['section', 'case', 'n', 'unit']\n");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        // six panels, each with a gilpy line and an ideal line (no CPython here), and the legend's three
        assertTrue(doc.getElementsByTagName("polyline").getLength() == 12, "polylines");
        assertTrue(doc.getElementsByTagName("line").getLength() > 3, "axes, grid and legend");
    }

    @Test
    void cpythonsSideIsReadFromTheWorkloadsJsonLines() throws IOException {
        Path fake = dir.resolve("fake-python3");
        Files.writeString(fake, """
                #!/bin/sh
                shift
                for spec in "$@"; do
                  echo '{"seconds": 0.5, "switches": 0, "latency": 0.002}'
                done
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        PyRun.expect(TOY_LAB + """
                rows = run(%s)
                print({r['cpython'] for r in rows if r['unit'] == 's'}, {r['cpython'] for r in rows if r['unit'] != 's'})
                print({r['cpython_ratio'] for r in rows})
                """.formatted(py(fake)), "{0.5} {2.0}\n{1.0}\n");
    }

    @Test
    void theWorkloadHandedToCPythonIsTheModuleGilpyRuns() {
        PyRun.expect("""
                import _imp
                from gilpy import lab_workload
                source = _imp.get_frozen_source('gilpy.lab_workload')
                namespace = {'__name__': 'copy'}
                exec(compile(source, 'lab_workload.py', 'exec'), namespace)
                print(sorted(namespace['EXPERIMENTS']) == sorted(lab_workload.EXPERIMENTS))
                print(sorted(namespace['run']('cpu_serial', 2, 100)))
                print(_imp.get_frozen_source('gilpy.no_such_module'))
                """, "True\n['seconds', 'switches']\nNone\n");
    }

    private static String py(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}

package org.gilpy.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;

/** Runs a short Python program in a fresh embedded interpreter, for tests that check what it prints. */
public final class Snippets {
    private Snippets() {}

    /** What source printed; the run must end normally. */
    public static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig config = InterpreterConfig.defaults().argv(List.of("<snippet>")).stdout(out).stderr(err)
                .stdin(new ByteArrayInputStream(new byte[0]));
        int exit = new Interpreter(config).runMain(source, "<snippet>");
        assertEquals(0, exit, "exit code; stderr:\n" + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Checks that each line of source prints (one line) what the same line of expected says. */
    public static void expectLines(String prelude, String[][] linesAndOutputs) {
        StringBuilder program = new StringBuilder(prelude).append('\n');
        StringBuilder expected = new StringBuilder();
        for (String[] pair : linesAndOutputs) {
            program.append(pair[0]).append('\n');
            expected.append(pair[1]).append('\n');
        }
        assertEquals(expected.toString(), run(program.toString()));
    }
}

package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt on a terminal: JLine's own terminal over pipes stands in for a real one (CI has
 * none), so the keystrokes go through the line discipline and the line editor as they would at
 * a keyboard. Each keystroke is sent once the prompt that reads it is shown.
 */
class TerminalInputTest {
    /** Ctrl-P: the previous history line, as the Up arrow (whose bytes depend on the terminal's mode). */
    private static final String PREVIOUS = "\u0010";
    private static final String CTRL_C = "\u0003";
    private static final String CTRL_D = "\u0004";

    /** sys.ps1 numbers the prompts, so that a redrawn prompt is not taken for the next one. */
    private static final String NUMBERED_PROMPTS = """
            import sys
            class Prompt:
                shown = 0
                def __str__(self):
                    Prompt.shown += 1
                    return f"[{Prompt.shown}]>>> "
            sys.ps1 = Prompt()
            """;

    @TempDir
    Path home;

    @Test
    void linesAreEditedRecalledInterruptedAndSavedInTheHistory() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream keys = new PipedInputStream(keyboard);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // JLine's terminal emulated in Java (a line discipline, Ctrl-C raising SIGINT as a tty does)
        Terminal terminal = new ExternalTerminal("test", "xterm", keys, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        Path history = home.resolve(".gilpy_history");
        TerminalInput input = new TerminalInput(terminal, history);
        Interpreter interp = new Interpreter(InterpreterConfig.defaults().stdout(screen).stderr(screen)
                .stdin(input.stdin()));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> interp.runMain("<stdin>", g -> {
            interp.runSource(NUMBERED_PROMPTS, "<setup>", g);
            new Repl(interp, input).run(g);
        }));

        type(keyboard, screen, 1, "x = 6 * 8\b7\r");      // Backspace edits the line
        type(keyboard, screen, 2, "x\r");
        type(keyboard, screen, 3, PREVIOUS + "\r");      // the previous line again
        type(keyboard, screen, 4, "unfinished" + CTRL_C);
        type(keyboard, screen, 5, CTRL_D);
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));

        String shown = screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b(\\[[0-9;?]*[a-zA-Z]|[=>])", "");
        assertEquals(2, count(shown, "42\r\n") + count(shown, "42\n"), shown);
        assertTrue(shown.contains("KeyboardInterrupt"), shown);
        String saved = Files.readString(history);
        assertTrue(saved.contains("x = 6 * 7"), saved);
        assertFalse(saved.contains("unfinished"), saved);
    }

    /** Waits until the screen shows the n-th prompt, then sends the keys. */
    private static void type(PipedOutputStream keyboard, ByteArrayOutputStream screen, int n, String keys)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!screen.toString(StandardCharsets.UTF_8).contains("[" + n + "]>>> ")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("prompt " + n + " never came: " + screen);
            }
            Thread.sleep(10);
        }
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}

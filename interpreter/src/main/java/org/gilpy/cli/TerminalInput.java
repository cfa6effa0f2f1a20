package org.gilpy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gilpy.objects.PyExc;
import org.gilpy.vm.Blocking;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines typed at a terminal, with line editing and a history kept in {@code ~/.gilpy_history}
 * (JLine, as CPython uses GNU readline).
 *
 * <p>Ctrl-C: the terminal takes SIGINT over from {@link CtrlC}. While a line is being read JLine
 * handles it (the line is dropped, KeyboardInterrupt raised here); otherwise, while a statement
 * runs, it goes to {@link CtrlC#deliver()}, which raises KeyboardInterrupt in that statement.
 * The program's own standard input reads through the terminal too ({@link #stdin()}), so that
 * {@code input()} and the line editor never race for the same keystrokes.
 */
final class TerminalInput implements PromptInput {
    private final Terminal terminal;
    private final LineReader reader;

    /** Lines read from terminal, the history kept in historyFile. */
    TerminalInput(Terminal terminal, Path historyFile) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("gilpy")
                .variable(LineReader.HISTORY_FILE, historyFile)
                // '!' is Python's, not a history reference; Tab at the start of a line indents
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
    }

    /** The terminal on the process's standard streams. */
    static TerminalInput open() {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                    .encoding(StandardCharsets.UTF_8).build();
            terminal.handle(Terminal.Signal.INT, signal -> CtrlC.deliver());
            return new TerminalInput(terminal, Path.of(System.getProperty("user.home"), ".gilpy_history"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program's standard input: the terminal's, read in its ordinary (line) mode. */
    java.io.InputStream stdin() {
        return terminal.input();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return Blocking.io(() -> reader.readLine(prompt));
        } catch (UserInterruptException e) {
            throw PyExc.raise(PyExc.KeyboardInterrupt, "");
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // the history is a convenience: a read-only home directory must not spoil the exit
        }
    }
}

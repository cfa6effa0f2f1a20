package org.gilpy.cli;

import org.gilpy.objects.PyStr;
import org.gilpy.vm.Interpreter;

/**
 * Statements read from a standard input that is not a terminal ({@code gilpy -i < file}), as
 * CPython reads them: the prompts go to stderr, and the lines come through the interpreter's own
 * {@code sys.stdin} buffer, so that {@code input()} in a statement reads the lines after it.
 */
final class StreamInput implements PromptInput {
    private final Interpreter interp;

    StreamInput(Interpreter interp) {
        this.interp = interp;
    }

    @Override
    public String readLine(String prompt) {
        interp.stderr.write(prompt);
        interp.stderr.flushQuietly();
        String line = ((PyStr) interp.stdin.readline()).value;
        if (line.isEmpty()) {
            interp.stderr.write("\n");
            interp.stderr.flushQuietly();
            return null;
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}

package org.gilpy.cli;

/** Where the interactive prompt's lines come from: a terminal, or a stream that is not one. */
interface PromptInput {
    /**
     * Shows prompt and reads one line (without its line break), or returns null at end of input.
     * Ctrl-C while reading raises KeyboardInterrupt.
     */
    String readLine(String prompt);

    /** The prompt is left (end of input or exit()): save what should outlive it. */
    default void close() {}
}

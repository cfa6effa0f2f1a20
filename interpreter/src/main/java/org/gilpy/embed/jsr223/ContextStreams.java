package org.gilpy.embed.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * The standard streams of a script engine's interpreter: they follow the writers and the reader
 * of the script context in use at the time, as {@code javax.script} asks.
 */
final class ContextStreams {
    private ContextStreams() {}

    static Writer writer(Supplier<Writer> target) {
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                target.get().write(cbuf, off, len);
            }

            @Override
            public void flush() throws IOException {
                target.get().flush();
            }

            @Override
            public void close() {
                // the context's writer belongs to the embedder
            }
        };
    }

    static Reader reader(Supplier<Reader> source) {
        return new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                Reader r = source.get();
                return r == null ? -1 : r.read(cbuf, off, len);
            }

            @Override
            public void close() {
                // the context's reader belongs to the embedder
            }
        };
    }
}

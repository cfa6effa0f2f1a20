package org.gilpy.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The characters of a Java Reader as the UTF-8 bytes the interpreter reads. */
final class ReaderInputStream extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(1024);
    private final ByteBuffer bytes = ByteBuffer.allocate(4096);
    private boolean eof;

    ReaderInputStream(Reader reader) {
        this.reader = reader;
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (eof && !chars.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    /** Reads some characters (blocking for at least one, unless at the end) and encodes them. */
    private void fill() throws IOException {
        chars.compact();
        int n = eof ? -1 : reader.read(chars);
        eof |= n < 0;
        chars.flip();
        bytes.clear();
        encoder.encode(chars, bytes, eof);
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

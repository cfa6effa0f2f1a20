package org.gilpy.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stream adapters behind the builder's Writer and Reader options. */
class StreamAdaptersTest {

    @Test
    void aCharacterSplitAcrossWritesIsWrittenWhole() throws IOException {
        StringWriter w = new StringWriter();
        WriterOutputStream out = new WriterOutputStream(w);
        byte[] bytes = "a✓b😀".getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.write(b);
        }
        out.flush();
        assertEquals("a✓b😀", w.toString());
    }

    @Test
    void manyCharactersAtOnce() throws IOException {
        StringWriter w = new StringWriter();
        String text = "é".repeat(5000);
        new WriterOutputStream(w).write(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, w.toString());
    }

    @Test
    void aReaderIsReadAsUtf8() throws IOException {
        String text = "zoë ✓ 😀\n".repeat(1000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReaderInputStream(new StringReader(text)).transferTo(bytes);
        assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
    }
}

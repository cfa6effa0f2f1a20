package org.gilpy.stdlib.binascii;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;

/**
 * Base64 as binascii does it. Decoding follows CPython's rules for sloppy input: characters
 * outside the alphabet are skipped, and the first complete padding ends the data; strict mode
 * refuses both, and padding where it cannot be.
 */
final class Base64 {
    private Base64() {}

    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] VALUE = new int[256];

    static {
        Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUE[ALPHABET[i]] = i;
        }
    }

    static byte[] encode(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((data.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int n = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            out.write(ALPHABET[n >> 18]);
            out.write(ALPHABET[(n >> 12) & 63]);
            out.write(ALPHABET[(n >> 6) & 63]);
            out.write(ALPHABET[n & 63]);
        }
        int rest = data.length - i;
        if (rest > 0) {
            int n = (data[i] & 0xff) << 16 | (rest == 2 ? (data[i + 1] & 0xff) << 8 : 0);
            out.write(ALPHABET[n >> 18]);
            out.write(ALPHABET[(n >> 12) & 63]);
            out.write(rest == 2 ? ALPHABET[(n >> 6) & 63] : '=');
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    static byte[] decode(byte[] text, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 4 * 3 + 3);
        int quadPos = 0;
        int pads = 0;
        int leftover = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < text.length; i++) {
            int c = text[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (strict && i == 0) {
                    throw error("Leading padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < text.length) {
                        throw error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = VALUE[c];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> leftover = v;
                case 1 -> {
                    out.write(leftover << 2 | v >> 4);
                    leftover = v & 0x0f;
                }
                case 2 -> {
                    out.write(leftover << 4 | v >> 2);
                    leftover = v & 0x03;
                }
                default -> out.write(leftover << 6 | v);
            }
            quadPos = (quadPos + 1) % 4;
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }

    private static PyException error(String msg) {
        return PyExc.raise(BinasciiModule.ERROR, msg);
    }
}

package org.gilpy.stdlib.binascii;

import java.io.ByteArrayOutputStream;
import org.gilpy.objects.PyExc;

/**
 * uuencoding, one line at a time: a length character, then each 6 bits as a character from
 * space (or '`' for zero, when asked) to '_'. Decoding reads what the length says, treating a
 * line cut short as if it ended in zero bits, and refuses anything but padding after it.
 */
final class Uu {
    private Uu() {}

    static final int MAX_LINE_BYTES = 45;

    static byte[] encode(byte[] data, boolean backtick) {
        if (data.length > MAX_LINE_BYTES) {
            throw PyExc.raise(BinasciiModule.ERROR, "At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(character(data.length, backtick));
        for (int i = 0; i < data.length; i += 3) {
            int n = (data[i] & 0xff) << 16 | (i + 1 < data.length ? (data[i + 1] & 0xff) << 8 : 0)
                    | (i + 2 < data.length ? data[i + 2] & 0xff : 0);
            for (int shift = 18; shift >= 0; shift -= 6) {
                out.write(character((n >> shift) & 63, backtick));
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static int character(int sixBits, boolean backtick) {
        return backtick && sixBits == 0 ? '`' : ' ' + sixBits;
    }

    static byte[] decode(byte[] line) {
        // an empty line reads as a NUL length character, as in CPython
        int length = ((line.length == 0 ? 0 : line[0] & 0xff) - ' ') & 63;
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        int i = 1;
        int bits = 0;
        int nbits = 0;
        while (out.size() < length) {
            int c = i < line.length ? line[i] & 0xff : '\n';
            i++;
            int v;
            if (c == '\n' || c == '\r') {
                v = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    throw PyExc.raise(BinasciiModule.ERROR, "Illegal char");
                }
                v = (c - ' ') & 63;
            }
            bits = bits << 6 | v;
            nbits += 6;
            if (nbits >= 8) {
                nbits -= 8;
                out.write(bits >> nbits);
                bits &= (1 << nbits) - 1;
            }
        }
        for (; i < line.length; i++) {
            int c = line[i] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw PyExc.raise(BinasciiModule.ERROR, "Trailing garbage");
            }
        }
        return out.toByteArray();
    }
}

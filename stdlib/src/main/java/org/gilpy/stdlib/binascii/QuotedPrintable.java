package org.gilpy.stdlib.binascii;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable (RFC 1521) as binascii does it: lines of at most 76 characters with "="
 * soft breaks, "=XX" for bytes that are not plain text, line breaks kept in the input's own
 * style (CRLF if its first line break is one), and the header variant where space is '_'.
 */
final class QuotedPrintable {
    private QuotedPrintable() {}

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes();

    static byte[] decode(byte[] in, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0;
        while (i < in.length) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= in.length) {
                    break;
                }
                int next = in[i] & 0xff;
                if (next == '\n' || next == '\r') {
                    // soft line break: skip to just past the end of the line
                    while (i < in.length && in[i] != '\n') {
                        i++;
                    }
                    if (i < in.length) {
                        i++;
                    }
                } else if (next == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < in.length && hexValue(next) >= 0 && hexValue(in[i + 1] & 0xff) >= 0) {
                    out.write(hexValue(next) << 4 | hexValue(in[i + 1] & 0xff));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int hexValue(int c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    static byte[] encode(byte[] in, boolean quoteTabs, boolean isText, boolean header) {
        boolean crlf = usesCrlf(in);
        Output out = new Output(in.length * 2);
        byte[] lineBreak = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
        int lineLength = 0;
        int i = 0;
        while (i < in.length) {
            int c = in[i] & 0xff;
            if (mustQuote(in, i, lineLength, quoteTabs, isText, header)) {
                if (lineLength + 3 >= MAX_LINE) {
                    out.write('=');
                    out.writeBytes(lineBreak);
                    lineLength = 0;
                }
                writeQuoted(out, c);
                i++;
                lineLength += 3;
            } else if (isText && (c == '\n' || (c == '\r' && i + 1 < in.length && in[i + 1] == '\n'))) {
                protectTrailingWhitespace(out);
                out.writeBytes(lineBreak);
                lineLength = 0;
                i += c == '\r' ? 2 : 1;
            } else {
                if (i + 1 != in.length && in[i + 1] != '\n' && lineLength + 1 >= MAX_LINE) {
                    out.write('=');
                    out.writeBytes(lineBreak);
                    lineLength = 0;
                }
                lineLength++;
                out.write(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean usesCrlf(byte[] in) {
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                return i > 0 && in[i - 1] == '\r';
            }
        }
        return false;
    }

    private static boolean mustQuote(byte[] in, int i, int lineLength, boolean quoteTabs, boolean isText,
                                     boolean header) {
        int c = in[i] & 0xff;
        boolean last = i + 1 == in.length;
        int next = last ? -1 : in[i + 1] & 0xff;
        if (c > 126 || c == '=' || (header && c == '_')) {
            return true;
        }
        if (c == '.' && lineLength == 0 && (last || next == '\n' || next == '\r' || next == 0)) {
            return true;
        }
        if (!isText && (c == '\r' || c == '\n')) {
            return true;
        }
        if ((c == '\t' || c == ' ') && last) {
            return true;
        }
        return c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' '));
    }

    private static void writeQuoted(ByteArrayOutputStream out, int c) {
        out.write('=');
        out.write(HEX[c >> 4]);
        out.write(HEX[c & 15]);
    }

    /** A space or tab just before a line break would be lost in transit: quote it. */
    private static void protectTrailingWhitespace(Output out) {
        int last = out.last();
        if (last == ' ' || last == '\t') {
            out.dropLast();
            writeQuoted(out, last);
        }
    }

    /** The encoder's output, which can look at and take back its last byte. */
    private static final class Output extends ByteArrayOutputStream {
        Output(int size) {
            super(size);
        }

        int last() {
            return count == 0 ? -1 : buf[count - 1] & 0xff;
        }

        void dropLast() {
            count--;
        }
    }
}

package org.gilpy.objects;

/**
 * The hash of str and bytes: SipHash-1-3 (one compression round per 8-byte word, three
 * finalization rounds) with an all-zero key, which is CPython's {@code _Py_HashBytes} when
 * PYTHONHASHSEED=0. gilpy always uses that key, so its hashes, and so the iteration order of
 * sets and dicts built by hash, are CPython's under PYTHONHASHSEED=0 and the same on every run.
 * A str is hashed over CPython's compact representation of it: one byte per character when all
 * are below U+0100, else two (below U+10000), else four, little-endian.
 */
public final class SipHash {
    private SipHash() {}

    /** The hash of bytes[0..len) as CPython computes it (0 for no bytes, never -1). */
    public static long hash(byte[] bytes, int len) {
        if (len == 0) {
            return 0;
        }
        State s = new State();
        for (int i = 0; i < len; i++) {
            s.feed(bytes[i] & 0xff);
        }
        return s.finish(len);
    }

    /** The hash of a str: over 1, 2 or 4 bytes per code point, as CPython's compact strings store them. */
    public static long hash(String str) {
        int n = str.length();
        if (n == 0) {
            return 0;
        }
        int max = 0;
        int count = 0;
        for (int i = 0; i < n; ) {
            int cp = str.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            count++;
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        State s = new State();
        for (int i = 0; i < n; ) {
            int cp = str.codePointAt(i);
            for (int b = 0; b < width; b++) {
                s.feed((cp >>> (8 * b)) & 0xff);
            }
            i += Character.charCount(cp);
        }
        return s.finish(count * width);
    }

    /** The four words of SipHash's state. */
    private static final class State {
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        /** The bytes of the word being gathered, little-endian, and how many there are. */
        private long word;
        private int inWord;

        void feed(int b) {
            word |= (long) b << (8 * inWord);
            if (++inWord == 8) {
                compress(word);
                word = 0;
                inWord = 0;
            }
        }

        private void compress(long m) {
            v3 ^= m;
            round();
            v0 ^= m;
        }

        /** The last word (the leftover bytes and the length) and the finalization rounds. */
        long finish(int len) {
            compress(word | ((long) len << 56));
            v2 ^= 0xff;
            round();
            round();
            round();
            long h = v0 ^ v1 ^ v2 ^ v3;
            return h == -1 ? -2 : h;
        }

        private void round() {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13);
            v1 ^= v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17);
            v1 ^= v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}

package org.gilpy.stdlib.hashlib;

/**
 * The parameter block of BLAKE2 (RFC 7693 and the BLAKE2 paper, section 2.8), shared by
 * BLAKE2b and BLAKE2s; hashlib's keyword arguments map onto it one to one.
 */
record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                    long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {

    /** The message schedule: which message words each round feeds to G. */
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** Plain hashing with the given output size: no key, salt, personalization or tree. */
    static Blake2Params sequential(int digestSize) {
        return new Blake2Params(digestSize, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
    }

    /** Little-endian 64-bit word i of bytes b, zero-padded past its end. */
    static long word64(byte[] b, int i) {
        long w = 0;
        for (int k = 7; k >= 0; k--) {
            int at = i * 8 + k;
            w = (w << 8) | (at < b.length ? b[at] & 0xff : 0);
        }
        return w;
    }

    /** Little-endian 32-bit word i of bytes b, zero-padded past its end. */
    static int word32(byte[] b, int i) {
        int w = 0;
        for (int k = 3; k >= 0; k--) {
            int at = i * 4 + k;
            w = (w << 8) | (at < b.length ? b[at] & 0xff : 0);
        }
        return w;
    }
}

package org.gilpy.stdlib.hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1 to 64 bytes. */
final class Blake2b extends Blake2 {
    static final int BLOCK = 128;
    static final int MAX_DIGEST = 64;
    static final int MAX_KEY = 64;
    static final int SALT = 16;
    static final int PERSON = 16;

    private static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final long[] h = new long[8];

    Blake2b(Blake2Params p) {
        super(p, BLOCK);
        System.arraycopy(IV, 0, h, 0, 8);
        h[0] ^= p.digestSize() | (long) p.key().length << 8 | (long) p.fanout() << 16 | (long) p.depth() << 24
                | p.leafSize() << 32;
        h[1] ^= p.nodeOffset();
        h[2] ^= p.nodeDepth() | (long) p.innerSize() << 8;
        h[4] ^= Blake2Params.word64(p.salt(), 0);
        h[5] ^= Blake2Params.word64(p.salt(), 1);
        h[6] ^= Blake2Params.word64(p.person(), 0);
        h[7] ^= Blake2Params.word64(p.person(), 1);
    }

    private Blake2b(Blake2b other) {
        super(other);
        System.arraycopy(other.h, 0, h, 0, 8);
    }

    @Override
    public String name() {
        return "blake2b";
    }

    @Override
    public Blake2b copy() {
        return new Blake2b(this);
    }


    @Override
    byte stateByte(int i) {
        return (byte) (h[i >> 3] >>> (8 * (i & 7)));
    }

    @Override
    void compress(byte[] block, int off, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (long) LE_LONG.get(block, off + 8 * i);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= countLow;
        v[13] ^= countHigh;
        if (last) {
            v[14] = ~v[14];
            if (params.lastNode()) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = Blake2Params.SIGMA[r % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    /** The G function. */
    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}

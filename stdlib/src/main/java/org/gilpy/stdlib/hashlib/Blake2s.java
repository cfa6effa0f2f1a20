package org.gilpy.stdlib.hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1 to 32 bytes. */
final class Blake2s extends Blake2 {
    static final int BLOCK = 64;
    static final int MAX_DIGEST = 32;
    static final int MAX_KEY = 32;
    static final int SALT = 8;
    static final int PERSON = 8;

    private static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int[] h = new int[8];

    Blake2s(Blake2Params p) {
        super(p, BLOCK);
        System.arraycopy(IV, 0, h, 0, 8);
        h[0] ^= p.digestSize() | p.key().length << 8 | p.fanout() << 16 | p.depth() << 24;
        h[1] ^= (int) p.leafSize();
        h[2] ^= (int) p.nodeOffset();
        h[3] ^= (int) (p.nodeOffset() >>> 32) & 0xffff | p.nodeDepth() << 16 | p.innerSize() << 24;
        h[4] ^= Blake2Params.word32(p.salt(), 0);
        h[5] ^= Blake2Params.word32(p.salt(), 1);
        h[6] ^= Blake2Params.word32(p.person(), 0);
        h[7] ^= Blake2Params.word32(p.person(), 1);
    }

    private Blake2s(Blake2s other) {
        super(other);
        System.arraycopy(other.h, 0, h, 0, 8);
    }

    @Override
    public String name() {
        return "blake2s";
    }

    @Override
    public Blake2s copy() {
        return new Blake2s(this);
    }

    @Override
    byte stateByte(int i) {
        return (byte) (h[i >> 2] >>> (8 * (i & 3)));
    }

    @Override
    void compress(byte[] block, int off, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (int) LE_INT.get(block, off + 4 * i);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) countLow;
        v[13] ^= (int) (countLow >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (params.lastNode()) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2Params.SIGMA[r];
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
    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}

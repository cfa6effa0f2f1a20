package org.gilpy.stdlib.hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1 to 64 bytes. */
final class Blake2b implements Digest {
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

    private final Blake2Params params;
    private final long[] h = new long[8];
    private final byte[] buffer = new byte[BLOCK];
    private int buffered;
    /** The 128-bit count of bytes compressed so far. */
    private long countLow;
    private long countHigh;

    Blake2b(Blake2Params p) {
        this.params = p;
        System.arraycopy(IV, 0, h, 0, 8);
        h[0] ^= p.digestSize() | (long) p.key().length << 8 | (long) p.fanout() << 16 | (long) p.depth() << 24
                | p.leafSize() << 32;
        h[1] ^= p.nodeOffset();
        h[2] ^= p.nodeDepth() | (long) p.innerSize() << 8;
        h[4] ^= Blake2Params.word64(p.salt(), 0);
        h[5] ^= Blake2Params.word64(p.salt(), 1);
        h[6] ^= Blake2Params.word64(p.person(), 0);
        h[7] ^= Blake2Params.word64(p.person(), 1);
        if (p.key().length > 0) {
            System.arraycopy(p.key(), 0, buffer, 0, p.key().length);
            buffered = BLOCK;
        }
    }

    private Blake2b(Blake2b other) {
        this.params = other.params;
        System.arraycopy(other.h, 0, h, 0, 8);
        System.arraycopy(other.buffer, 0, buffer, 0, BLOCK);
        this.buffered = other.buffered;
        this.countLow = other.countLow;
        this.countHigh = other.countHigh;
    }

    @Override
    public String name() {
        return "blake2b";
    }

    @Override
    public int digestSize() {
        return params.digestSize();
    }

    @Override
    public int blockSize() {
        return BLOCK;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        // A block is compressed only once more data follows it: the last one is flagged as final.
        while (len > 0) {
            if (buffered == BLOCK) {
                count(BLOCK);
                compress(buffer, 0, false);
                buffered = 0;
            }
            if (buffered == 0 && len > BLOCK) {
                count(BLOCK);
                compress(data, off, false);
                off += BLOCK;
                len -= BLOCK;
                continue;
            }
            int n = Math.min(BLOCK - buffered, len);
            System.arraycopy(data, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2b last = new Blake2b(this);
        last.count(last.buffered);
        Arrays.fill(last.buffer, last.buffered, BLOCK, (byte) 0);
        last.compress(last.buffer, 0, true);
        byte[] out = new byte[params.digestSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (last.h[i >> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    @Override
    public Digest copy() {
        return new Blake2b(this);
    }

    private void count(int n) {
        countLow += n;
        if (Long.compareUnsigned(countLow, n) < 0) {
            countHigh++;
        }
    }

    private void compress(byte[] block, int off, boolean last) {
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

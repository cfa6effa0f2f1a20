package org.gilpy.stdlib.random;

import java.math.BigInteger;

/**
 * MT19937, the generator behind CPython's {@code random}: the reference algorithm of Matsumoto
 * and Nishimura, seeded the way CPython seeds it ({@code init_by_array} over the 32-bit words of
 * the seed, least significant first), so that every seed gives CPython's sequence.
 */
public final class MersenneTwister {
    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    private void initGenrand(int seed) {
        mt[0] = seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from an array of 32-bit words. */
    public void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK;
    }

    /** Seeds from a non-negative integer, as CPython's {@code random_seed} does for an int. */
    public void seed(BigInteger n) {
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    /** The next 32 random bits. */
    public int nextInt32() {
        if (index >= N) {
            regenerate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void regenerate() {
        int k;
        for (k = 0; k < N - M; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; k < N - 1; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        index = 0;
    }

    /** A double in [0, 1) with 53 random bits, from two draws (27 + 26 bits). */
    public double nextDouble() {
        int a = nextInt32() >>> 5;
        int b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** k random bits (k >= 0) as a non-negative integer: 32-bit draws fill it from the low end. */
    public BigInteger nextBits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf(k == 0 ? 0 : (nextInt32() >>> (32 - k)) & 0xffffffffL);
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32) {
            int r = nextInt32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = (words - 1 - w) * 4;
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(1, bigEndian);
    }

    /** k random bits as a long, for k <= 63 (the fast path of randbelow). */
    public long nextBitsLong(int k) {
        if (k <= 32) {
            return k == 0 ? 0 : (nextInt32() >>> (32 - k)) & 0xffffffffL;
        }
        long low = nextInt32() & 0xffffffffL;
        long high = (nextInt32() >>> (64 - k)) & 0xffffffffL;
        return (high << 32) | low;
    }

    public int[] state() {
        return mt.clone();
    }

    public int index() {
        return index;
    }

    public void setState(int[] state, int newIndex) {
        System.arraycopy(state, 0, mt, 0, N);
        index = newIndex;
    }
}

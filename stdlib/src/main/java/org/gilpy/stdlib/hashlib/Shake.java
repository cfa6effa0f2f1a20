package org.gilpy.stdlib.hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * SHAKE128 and SHAKE256 (FIPS 202): the Keccak-f[1600] sponge with the SHAKE domain padding,
 * squeezed for as many output bytes as asked. (The JDK offers the fixed-size SHA-3 digests but
 * not these extendable-output functions.)
 */
final class Shake implements Digest {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of lane x + 5y in the rho step. */
    private static final int[] RHO = {
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    };
    private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte SHAKE_PADDING = 0x1f;

    private final String name;
    /** Bytes absorbed per permutation: 168 for SHAKE128, 136 for SHAKE256. */
    private final int rate;
    private final long[] state = new long[25];
    private final byte[] buffer;
    private int buffered;

    private Shake(String name, int rate) {
        this.name = name;
        this.rate = rate;
        this.buffer = new byte[rate];
    }

    static Shake shake128() {
        return new Shake("shake_128", 168);
    }

    static Shake shake256() {
        return new Shake("shake_256", 136);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return 0;
    }

    @Override
    public int blockSize() {
        return rate;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        while (len > 0) {
            int n = Math.min(rate - buffered, len);
            System.arraycopy(data, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered == rate) {
                absorb(state, buffer);
                buffered = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] s = state.clone();
        byte[] last = Arrays.copyOf(buffer, rate);
        Arrays.fill(last, buffered, rate, (byte) 0);
        last[buffered] ^= SHAKE_PADDING;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        byte[] block = new byte[rate];
        for (int done = 0; done < length; done += rate) {
            if (done > 0) {
                permute(s);
            }
            for (int i = 0; i < rate / 8; i++) {
                LE_LONG.set(block, 8 * i, s[i]);
            }
            System.arraycopy(block, 0, out, done, Math.min(rate, length - done));
        }
        return out;
    }

    @Override
    public Digest copy() {
        Shake c = new Shake(name, rate);
        System.arraycopy(state, 0, c.state, 0, 25);
        System.arraycopy(buffer, 0, c.buffer, 0, rate);
        c.buffered = buffered;
        return c;
    }

    private void absorb(long[] s, byte[] block) {
        for (int i = 0; i < rate / 8; i++) {
            s[i] ^= (long) LE_LONG.get(block, 8 * i);
        }
        permute(s);
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi, iota over lanes a[x + 5y]. */
    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], RHO[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= rc;
        }
    }
}

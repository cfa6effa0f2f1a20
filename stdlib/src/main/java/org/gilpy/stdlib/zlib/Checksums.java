package org.gilpy.stdlib.zlib;

import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * zlib's crc32 and adler32 with a starting value. The JDK computes the checksum of the data
 * from the standard start; the starting value is then folded in with zlib's "combine"
 * arithmetic, which treats it as the checksum of the data that came before.
 */
final class Checksums {
    private Checksums() {}

    private static final long CRC32_POLYNOMIAL = 0xedb88320L;
    private static final int ADLER_BASE = 65521;

    static long crc32(byte[] data, long start) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc32Combine(start & 0xffffffffL, crc.getValue(), data.length);
    }

    static long adler32(byte[] data, long start) {
        Adler32 adler = new Adler32();
        adler.update(data);
        return adler32Combine(start & 0xffffffffL, adler.getValue(), data.length);
    }

    /** The CRC of A followed by B from crc(A), crc(B) and len(B): B's length in zero bits is applied to crc(A) in GF(2). */
    static long crc32Combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) {
            return crc1 ^ crc2;
        }
        long[] odd = new long[32];
        long[] even = new long[32];
        odd[0] = CRC32_POLYNOMIAL; // the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        do {
            // apply len2 zero bytes: one squaring per bit of len2, starting at one byte
            square(even, odd);
            if ((len2 & 1) != 0) {
                crc1 = times(even, crc1);
            }
            len2 >>= 1;
            if (len2 == 0) {
                break;
            }
            square(odd, even);
            if ((len2 & 1) != 0) {
                crc1 = times(odd, crc1);
            }
            len2 >>= 1;
        } while (len2 != 0);
        return crc1 ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }

    /** The Adler-32 of A followed by B from adler(A), adler(B) and len(B). */
    static long adler32Combine(long adler1, long adler2, long len2) {
        long rem = len2 % ADLER_BASE;
        long sum1 = adler1 & 0xffff;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
        sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
        sum1 %= ADLER_BASE;
        sum2 %= ADLER_BASE;
        return sum1 | (sum2 << 16);
    }
}

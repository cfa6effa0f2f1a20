package org.gilpy.stdlib.zlib;

/**
 * What wraps the deflate data, as zlib's {@code wbits} selects it: 9..15 a zlib header and
 * Adler-32 trailer, -9..-15 nothing (raw deflate), 25..31 a gzip header and CRC-32 trailer, and
 * for decompression 40..47 zlib or gzip, whichever the data starts with. The JDK always uses a
 * 32 KiB window, which can read any window size.
 */
enum Container {
    ZLIB, RAW, GZIP, AUTO;

    static final int GZIP_MAGIC1 = 0x1f;
    static final int GZIP_MAGIC2 = 0x8b;

    /** The container for compressing with wbits, or null if zlib would refuse it. */
    static Container forCompression(long wbits) {
        if (wbits >= 8 && wbits <= 15) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -9) {
            return RAW;
        }
        if (wbits >= 25 && wbits <= 31) {
            return GZIP;
        }
        return null;
    }

    /** The container for decompressing with wbits, or null if zlib would refuse it. */
    static Container forDecompression(long wbits) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -8) {
            return RAW;
        }
        if (wbits >= 24 && wbits <= 31) {
            return GZIP;
        }
        if (wbits >= 40 && wbits <= 47) {
            return AUTO;
        }
        return null;
    }
}

package org.gilpy.stdlib.hashlib;

import java.util.Arrays;

/**
 * What BLAKE2b and BLAKE2s share (RFC 7693): the key as a first block, the buffering that keeps
 * the last block back until it is known to be the final one, the byte counter, and finalisation.
 * The state words and the compression function stay in each subclass, on primitive long or int
 * words, so that neither pays for the other's word size.
 */
abstract sealed class Blake2 implements Digest permits Blake2b, Blake2s {
    final Blake2Params params;
    private final byte[] buffer;
    private int buffered;
    /** The count of bytes compressed so far: 128 bits for BLAKE2b, of which BLAKE2s uses the low 64. */
    long countLow;
    long countHigh;

    Blake2(Blake2Params p, int block) {
        this.params = p;
        this.buffer = new byte[block];
        if (p.key().length > 0) {
            System.arraycopy(p.key(), 0, buffer, 0, p.key().length);
            buffered = block;
        }
    }

    Blake2(Blake2 other) {
        this.params = other.params;
        this.buffer = other.buffer.clone();
        this.buffered = other.buffered;
        this.countLow = other.countLow;
        this.countHigh = other.countHigh;
    }

    /** Mixes one block into the state; last marks the final block. */
    abstract void compress(byte[] block, int off, boolean last);

    /** Byte i of the state, little-endian (the digest is its first digestSize bytes). */
    abstract byte stateByte(int i);

    @Override
    public abstract Blake2 copy();

    @Override
    public int digestSize() {
        return params.digestSize();
    }

    @Override
    public int blockSize() {
        return buffer.length;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        // A block is compressed only once more data follows it: the last one is flagged as final.
        int block = buffer.length;
        while (len > 0) {
            if (buffered == block) {
                count(block);
                compress(buffer, 0, false);
                buffered = 0;
            }
            if (buffered == 0 && len > block) {
                count(block);
                compress(data, off, false);
                off += block;
                len -= block;
                continue;
            }
            int n = Math.min(block - buffered, len);
            System.arraycopy(data, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2 last = copy();
        last.count(last.buffered);
        Arrays.fill(last.buffer, last.buffered, last.buffer.length, (byte) 0);
        last.compress(last.buffer, 0, true);
        byte[] out = new byte[params.digestSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = last.stateByte(i);
        }
        return out;
    }

    private void count(int n) {
        countLow += n;
        if (Long.compareUnsigned(countLow, n) < 0) {
            countHigh++;
        }
    }
}

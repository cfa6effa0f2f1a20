package org.gilpy.stdlib.hashlib;

import java.util.Arrays;
import java.util.function.Supplier;

/** HMAC (RFC 2104) over any {@link Digest}, and PBKDF2 (RFC 8018) built on it. */
final class Hmac {
    private static final byte IPAD = 0x36;
    private static final byte OPAD = 0x5c;

    /** The hash states right after the padded key: each message resumes from copies of them. */
    private final Digest inner;
    private final Digest outer;

    Hmac(Supplier<Digest> hash, byte[] key) {
        Digest d = hash.get();
        int block = d.blockSize();
        if (key.length > block) {
            d.update(key, 0, key.length);
            key = d.digest(d.digestSize());
        }
        byte[] ipad = new byte[block];
        byte[] opad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte k = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (k ^ IPAD);
            opad[i] = (byte) (k ^ OPAD);
        }
        inner = hash.get();
        inner.update(ipad, 0, block);
        outer = hash.get();
        outer.update(opad, 0, block);
    }

    byte[] mac(byte[] message) {
        Digest in = inner.copy();
        in.update(message, 0, message.length);
        byte[] innerHash = in.digest(in.digestSize());
        Digest out = outer.copy();
        out.update(innerHash, 0, innerHash.length);
        return out.digest(out.digestSize());
    }

    /** PBKDF2-HMAC: dkLen bytes derived from password and salt in the given number of rounds. */
    static byte[] pbkdf2(Supplier<Digest> hash, byte[] password, byte[] salt, long iterations, int dkLen) {
        Hmac prf = new Hmac(hash, password);
        byte[] key = new byte[dkLen];
        byte[] saltBlock = Arrays.copyOf(salt, salt.length + 4);
        for (int block = 1, done = 0; done < dkLen; block++) {
            saltBlock[salt.length] = (byte) (block >>> 24);
            saltBlock[salt.length + 1] = (byte) (block >>> 16);
            saltBlock[salt.length + 2] = (byte) (block >>> 8);
            saltBlock[salt.length + 3] = (byte) block;
            byte[] u = prf.mac(saltBlock);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.mac(u);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            int n = Math.min(t.length, dkLen - done);
            System.arraycopy(t, 0, key, done, n);
            done += n;
        }
        return key;
    }
}

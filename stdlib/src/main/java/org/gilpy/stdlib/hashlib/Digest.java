package org.gilpy.stdlib.hashlib;

/** A running hash computation, the state behind one Python hash object. */
interface Digest {
    /** hashlib's name for the algorithm ("sha256", "blake2b", "shake_128"). */
    String name();

    /** Bytes of output; 0 for extendable-output functions (SHAKE), whose length is chosen per call. */
    int digestSize();

    /** The internal block size in bytes. */
    int blockSize();

    void update(byte[] data, int off, int len);

    /** The digest of the data so far (length bytes for an XOF); the state stays usable. */
    byte[] digest(int length);

    Digest copy();
}

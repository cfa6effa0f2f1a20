package org.gilpy.stdlib.hashlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The MD5, SHA-1, SHA-2 and SHA-3 digests, computed by the JDK's own providers. */
final class JdkDigest implements Digest {
    private final String name;
    private final int blockSize;
    private final MessageDigest md;

    private JdkDigest(String name, int blockSize, MessageDigest md) {
        this.name = name;
        this.blockSize = blockSize;
        this.md = md;
    }

    static JdkDigest create(String name, String jdkName, int blockSize) {
        try {
            return new JdkDigest(name, blockSize, MessageDigest.getInstance(jdkName));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return md.getDigestLength();
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        md.update(data, off, len);
    }

    @Override
    public byte[] digest(int length) {
        return cloned().digest();
    }

    @Override
    public Digest copy() {
        return new JdkDigest(name, blockSize, cloned());
    }

    private MessageDigest cloned() {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(md.getAlgorithm() + " cannot be cloned", e);
        }
    }
}

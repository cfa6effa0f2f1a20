package org.gilpy.stdlib.hashlib;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.Interpreter;

/**
 * {@code hashlib}: MD5, SHA-1, SHA-2 and SHA-3 from the JDK; BLAKE2b/BLAKE2s and SHAKE written
 * here; PBKDF2-HMAC over any of them. Hashing 2 KiB or more, and PBKDF2, run with the GIL
 * released, as in CPython.
 */
public final class HashlibModule implements ModuleDef {
    /** hashlib name -> (JDK algorithm, block size), for the digests the JDK computes. */
    private static final Map<String, String[]> JDK = new LinkedHashMap<>();

    static {
        jdk("md5", "MD5", 64);
        jdk("sha1", "SHA-1", 64);
        jdk("sha224", "SHA-224", 64);
        jdk("sha256", "SHA-256", 64);
        jdk("sha384", "SHA-384", 128);
        jdk("sha512", "SHA-512", 128);
        jdk("sha3_224", "SHA3-224", 144);
        jdk("sha3_256", "SHA3-256", 136);
        jdk("sha3_384", "SHA3-384", 104);
        jdk("sha3_512", "SHA3-512", 72);
        jdk("sha512_224", "SHA-512/224", 128);
        jdk("sha512_256", "SHA-512/256", 128);
    }

    private static void jdk(String name, String jdkName, int blockSize) {
        JDK.put(name, new String[] {jdkName, Integer.toString(blockSize)});
    }

    private static final String[] GUARANTEED = {
        "blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256", "sha3_384",
        "sha3_512", "sha512", "shake_128", "shake_256",
    };
    /** Reachable through new() only, as in CPython. */
    private static final String[] ONLY_BY_NAME = {"sha512_224", "sha512_256"};

    private static final String[] DATA_PARAMS = {"string", "usedforsecurity"};
    private static final String[] NEW_PARAMS = {"name", "data", "usedforsecurity"};
    private static final String[] BLAKE2_PARAMS = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};
    private static final String[] PBKDF2_PARAMS = {"hash_name", "password", "salt", "iterations", "dklen"};
    private static final String[] FILE_DIGEST_PARAMS = {"fileobj", "digest", "_bufsize"};
    private static final int FILE_CHUNK = 1 << 18;

    @Override
    public String name() {
        return "hashlib";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("hashlib");
        for (String name : GUARANTEED) {
            if (name.startsWith("blake2")) {
                boolean big = name.equals("blake2b");
                m.function(name, (self, args, kw) -> blake2(big, args, kw));
            } else {
                m.function(name, (self, args, kw) -> {
                    PyObject[] a = ArgParser.parse(name, args, kw, DATA_PARAMS, 0);
                    return withData(factory(name), a[0]);
                });
            }
        }
        m.function("new", HashlibModule::newHash);
        m.function("pbkdf2_hmac", HashlibModule::pbkdf2Hmac);
        m.function("file_digest", HashlibModule::fileDigest);
        PySet guaranteed = new PySet(false);
        PySet available = new PySet(false);
        for (String name : GUARANTEED) {
            guaranteed.add(PyStr.of(name));
            available.add(PyStr.of(name));
        }
        for (String name : ONLY_BY_NAME) {
            available.add(PyStr.of(name));
        }
        m.put("algorithms_guaranteed", guaranteed);
        m.put("algorithms_available", available);
        return m;
    }

    /** The digest for a hashlib name (any case, as OpenSSL accepts "SHA256"), or null. */
    private static Supplier<Digest> factory(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String[] jdk = JDK.get(key);
        if (jdk != null) {
            return () -> JdkDigest.create(key, jdk[0], Integer.parseInt(jdk[1]));
        }
        return switch (key) {
            case "shake_128" -> Shake::shake128;
            case "shake_256" -> Shake::shake256;
            case "blake2b" -> () -> new Blake2b(Blake2Params.sequential(Blake2b.MAX_DIGEST));
            case "blake2s" -> () -> new Blake2s(Blake2Params.sequential(Blake2s.MAX_DIGEST));
            default -> null;
        };
    }

    private static Supplier<Digest> requireFactory(String name) {
        Supplier<Digest> f = factory(name);
        if (f == null) {
            throw PyExc.valueError("unsupported hash type %s", name);
        }
        return f;
    }

    private static PyHash withData(Supplier<Digest> factory, PyObject data) {
        PyHash h = new PyHash(factory.get());
        if (data != null) {
            h.update(data);
        }
        return h;
    }

    /** new(name, data=b'', **kwargs): any algorithm by name; BLAKE2's parameters pass through. */
    private static PyObject newHash(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject name = args.length > 0 && (kwnames == null || args.length > kwnames.length) ? args[0] : null;
        if (name instanceof PyStr s && s.value.toLowerCase(Locale.ROOT).startsWith("blake2")) {
            boolean big = s.value.equalsIgnoreCase("blake2b");
            return blake2(big, Arrays.copyOfRange(args, 1, args.length), kwnames);
        }
        PyObject[] a = ArgParser.parse("new", args, kwnames, NEW_PARAMS, 1);
        return withData(requireFactory(Abstract.strArg(a[0], "new")), a[1]);
    }

    private static PyObject blake2(boolean big, PyObject[] args, String[] kwnames) {
        String fname = big ? "blake2b" : "blake2s";
        int maxDigest = big ? Blake2b.MAX_DIGEST : Blake2s.MAX_DIGEST;
        int saltLen = big ? Blake2b.SALT : Blake2s.SALT;
        PyObject[] a = ArgParser.parse(fname, args, kwnames, BLAKE2_PARAMS, 0);
        int digestSize = (int) intArg(a[1], maxDigest, 1, maxDigest, "digest_size must be between 1 and %d bytes");
        byte[] key = bytesArg(a[2], maxDigest, "key");
        byte[] salt = bytesArg(a[3], saltLen, "salt");
        byte[] person = bytesArg(a[4], saltLen, "person");
        int fanout = (int) intArg(a[5], 1, 0, 255, "fanout must be between 0 and 255");
        int depth = (int) intArg(a[6], 1, 1, 255, "depth must be between 1 and 255");
        long leafSize = nonNegative(a[7]);
        long nodeOffset = nonNegative(a[8]);
        if (!big && leafSize > 0xffffffffL) {
            throw PyExc.overflowError("leaf_size is too large");
        }
        if (!big && nodeOffset > 0xffffffffffffL) {
            throw PyExc.overflowError("node_offset is too large");
        }
        int nodeDepth = (int) intArg(a[9], 0, 0, 255, "node_depth must be between 0 and 255");
        int innerSize = (int) intArg(a[10], 0, 0, maxDigest, "inner_size must be between 0 and is %d");
        boolean lastNode = a[11] != null && a[11].isTrue();
        Blake2Params p = new Blake2Params(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset,
                nodeDepth, innerSize, lastNode);
        return withData(() -> big ? new Blake2b(p) : new Blake2s(p), a[0]);
    }

    private static long intArg(PyObject o, long dflt, long min, long max, String message) {
        if (o == null) {
            return dflt;
        }
        long v = Abstract.index(o);
        if (v < min || v > max) {
            throw PyExc.valueError(message, max);
        }
        return v;
    }

    private static long nonNegative(PyObject o) {
        long v = o == null ? 0 : Abstract.index(o);
        if (v < 0) {
            throw PyExc.valueError("value must be positive");
        }
        return v;
    }

    private static byte[] bytesArg(PyObject o, int max, String what) {
        byte[] b = o == null ? new byte[0] : PyHash.bytesArg(o);
        if (b.length > max) {
            throw PyExc.valueError("maximum %s length is %d bytes", what, max);
        }
        return b;
    }

    private static PyObject pbkdf2Hmac(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("pbkdf2_hmac", args, kwnames, PBKDF2_PARAMS, 4, null, null, null, null,
                PyNone.NONE);
        Supplier<Digest> hash = requireFactory(Abstract.strArg(a[0], "pbkdf2_hmac"));
        byte[] password = PyHash.bytesArg(a[1]);
        byte[] salt = PyHash.bytesArg(a[2]);
        long iterations = Abstract.index(a[3]);
        if (iterations < 1) {
            throw PyExc.valueError("iteration value must be greater than 0.");
        }
        long dklen = a[4] == PyNone.NONE ? hash.get().digestSize() : Abstract.index(a[4]);
        if (dklen < 1) {
            throw PyExc.valueError("key length must be greater than 0.");
        }
        // the work is two hashes of a block per iteration: released like hashing that many bytes
        int work = (int) Math.min(Integer.MAX_VALUE, iterations * 128);
        return new PyBytes(Blocking.compute(work, () -> Hmac.pbkdf2(hash, password, salt, iterations, (int) dklen)));
    }

    /** file_digest(fileobj, digest): hashes a binary file object read to its end. */
    private static PyObject fileDigest(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("file_digest", args, kwnames, FILE_DIGEST_PARAMS, 2, null, null,
                PyInt.of(FILE_CHUNK));
        PyObject digest = a[1] instanceof PyStr name ? withData(requireFactory(name.value), null) : Abstract.call(a[1]);
        PyStr read = PyStr.intern("read");
        PyStr update = PyStr.intern("update");
        while (true) {
            PyObject chunk = Abstract.invoke(a[0], read, a[2]);
            if (chunk == PyNone.NONE) {
                throw PyExc.raise(PyExc.BlockingIOError, "I/O operation would block.");
            }
            if (!chunk.isTrue()) {
                return digest;
            }
            Abstract.invoke(digest, update, chunk);
        }
    }
}

package org.gilpy.stdlib.hashlib;

import java.util.HexFormat;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Blocking;

/**
 * A hashlib hash object ({@code _hashlib.HASH}, and {@code HASHXOF} for SHAKE, whose digest
 * length is an argument). As in CPython, update() hashes a buffer of 2 KiB or more with the GIL
 * released, so threads hashing large data run in parallel; the object's own monitor keeps two
 * threads from updating one object at once.
 */
final class PyHash extends PyObject {
    static final PyType HASH = PyType.builtin("HASH", PyBaseObject.TYPE, t -> define(t, false));
    static final PyType HASHXOF = PyType.builtin("HASHXOF", HASH, t -> define(t, true));

    private static final String[] LENGTH = {"length"};

    private final Digest digest;

    PyHash(Digest digest) {
        this.digest = digest;
    }

    @Override
    public PyType type() {
        return digest.digestSize() == 0 ? HASHXOF : HASH;
    }

    private static void define(PyType t, boolean xof) {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_hashlib"));
        t.method("update", (self, data) -> {
            ((PyHash) self).update(data);
            return PyNone.NONE;
        });
        if (xof) {
            t.methodVar("digest", (self, args, kw) -> new PyBytes(((PyHash) self).digest(length("digest", args, kw))));
            t.methodVar("hexdigest", (self, args, kw) -> hex(((PyHash) self).digest(length("hexdigest", args, kw))));
        } else {
            t.method("digest", self -> new PyBytes(((PyHash) self).digest(0)));
            t.method("hexdigest", self -> hex(((PyHash) self).digest(0)));
        }
        t.method("copy", self -> ((PyHash) self).copy());
        t.getter("name", self -> PyStr.of(((PyHash) self).digest.name()));
        t.getter("digest_size", self -> PyInt.of(((PyHash) self).digest.digestSize()));
        t.getter("block_size", self -> PyInt.of(((PyHash) self).digest.blockSize()));
        t.method("__repr__", self -> PyStr.of("<" + ((PyHash) self).digest.name() + " _hashlib." + self.type().name
                + " object @ " + Abstract.address(self) + ">"));
    }

    private static int length(String fname, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse(fname, args, kwnames, LENGTH, 1);
        long n = Abstract.index(a[0]);
        if (n < 0) {
            throw PyExc.valueError("length must be non-negative");
        }
        return (int) n;
    }

    private static PyStr hex(byte[] b) {
        return PyStr.of(HexFormat.of().formatHex(b));
    }

    /** The bytes of a buffer argument, with hashlib's errors for anything else. */
    static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyStr) {
            throw PyExc.typeError("Strings must be encoded before hashing");
        }
        throw PyExc.typeError("object supporting the buffer API required");
    }

    void update(PyObject data) {
        byte[] b = bytesArg(data);
        Blocking.compute(b.length, () -> {
            synchronized (this) {
                digest.update(b, 0, b.length);
            }
            return null;
        });
    }

    private synchronized byte[] digest(int length) {
        return digest.digest(length);
    }

    private synchronized PyHash copy() {
        return new PyHash(digest.copy());
    }
}

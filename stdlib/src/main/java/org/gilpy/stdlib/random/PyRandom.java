package org.gilpy.stdlib.random;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.gilpy.objects.ForkCopier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code random.Random}: a Mersenne Twister with CPython's seeding, state format and derived
 * methods (in {@link Distributions}), so a seed reproduces CPython's numbers. Subclasses may
 * override {@code random()} or {@code getrandbits()}; the derived methods then go through the
 * override, as CPython's pure-Python methods do. {@code SystemRandom} draws from the OS instead.
 */
public final class PyRandom extends PyObject {
    public static final PyType TYPE = PyType.builtin("Random", PyBaseObject.TYPE, PyRandom::define);
    public static final PyType SYSTEM_TYPE = PyType.builtin("SystemRandom", TYPE, PyRandom::defineSystem);
    static final PyStr RANDOM = PyStr.intern("random");
    static final PyStr GETRANDBITS = PyStr.intern("getrandbits");
    private static final int VERSION = 3;
    private static final SecureRandom OS_RANDOM = new SecureRandom();

    private final PyType type;
    private final PyDict dict = new PyDict();
    final MersenneTwister mt = new MersenneTwister();
    /** The second value of the last gauss() pair, or None. */
    PyObject gaussNext = PyNone.NONE;
    private final boolean system;

    PyRandom(PyType type) {
        this.type = type;
        this.system = type.isSubtypeOf(SYSTEM_TYPE);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** A forked child's generator continues from the same state (as after os.fork()). */
    @Override
    public PyObject forkCopy(ForkCopier c) {
        PyRandom copy = c.remember(this, new PyRandom((PyType) c.copy(type)));
        copy.mt.setState(mt.state(), mt.index());
        copy.gaussNext = gaussNext;
        c.copyItems(dict, copy.dict);
        return copy;
    }

    private static PyRandom r(PyObject self) {
        return (PyRandom) self;
    }

    private static void define(PyType t) {
        t.def("__module__", PyStr.of("random"));
        t.constructor((unused, args, kw) -> new PyRandom((PyType) args[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("Random", args, kw, new String[] {"x"}, 0, PyNone.NONE);
            Abstract.invoke(self, PyStr.intern("seed"), p[0]);
            r(self).gaussNext = PyNone.NONE;
            return PyNone.NONE;
        });
        t.methodVar("seed", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("seed", args, kw, new String[] {"a", "version"}, 0, PyNone.NONE, PyInt.of(2));
            r(self).seed(p[0], Abstract.index(p[1]));
            return PyNone.NONE;
        });
        t.method("random", self -> new PyFloat(r(self).nextDouble()));
        t.method("getrandbits", (self, k) -> PyInt.of(r(self).bits(k)));
        t.method("getstate", self -> r(self).getState());
        t.method("setstate", (self, state) -> {
            r(self).setState(state);
            return PyNone.NONE;
        });
        // pickled and copied as the class and its state, as CPython's random.Random is
        t.method("__getstate__", self -> Abstract.invoke(self, PyStr.intern("getstate")));
        t.method("__setstate__", (self, state) -> Abstract.invoke(self, PyStr.intern("setstate"), state));
        t.method("__reduce__", self -> PyTuple.of(self.type(), PyTuple.EMPTY, Abstract.invoke(self, PyStr.intern("getstate"))));
        Distributions.define(t);
    }

    private static void defineSystem(PyType t) {
        t.def("__module__", PyStr.of("random"));
        Builtin.Impl notImplemented = (self, args, kw) -> {
            throw PyExc.raise(PyExc.NotImplementedError, "System entropy source does not have state.");
        };
        t.methodVar("seed", (self, args, kw) -> PyNone.NONE);
        t.methodVar("getstate", notImplemented);
        t.methodVar("setstate", notImplemented);
    }

    // ---- the generator ----

    double nextDouble() {
        if (system) {
            return (OS_RANDOM.nextLong() >>> 11) * 0x1p-53;
        }
        return mt.nextDouble();
    }

    BigInteger nextBits(int k) {
        if (system) {
            return new BigInteger(k, OS_RANDOM);
        }
        return mt.nextBits(k);
    }

    private BigInteger bits(PyObject kObj) {
        long k = Abstract.index(kObj);
        if (k < 0) {
            throw PyExc.valueError("number of bits must be non-negative");
        }
        if (k > Integer.MAX_VALUE) {
            throw PyExc.overflowError("Python int too large to convert to C int");
        }
        return nextBits((int) k);
    }

    // ---- seeding and state ----

    private void seed(PyObject a, long version) {
        gaussNext = PyNone.NONE;
        if (system) {
            return;
        }
        if (a == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = OS_RANDOM.nextInt();
            }
            mt.initByArray(key);
            return;
        }
        if (version == 2 && (a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray)) {
            byte[] data = a instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : Abstract.bytesOf(a);
            byte[] all = new byte[data.length + 64];
            System.arraycopy(data, 0, all, 0, data.length);
            System.arraycopy(sha512(data), 0, all, data.length, 64);
            mt.seed(new BigInteger(1, all));
            return;
        }
        if (a instanceof PyInt i) {
            mt.seed(i.bigValue().abs());
            return;
        }
        if (!(a instanceof PyFloat || a instanceof PyStr || a instanceof PyBytes || a instanceof PyByteArray)) {
            throw PyExc.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        long h = Abstract.hash(a);
        mt.seed(new BigInteger(Long.toUnsignedString(h)));
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PyObject getState() {
        PyObject[] words = new PyObject[MersenneTwister.N + 1];
        int[] state = mt.state();
        for (int i = 0; i < state.length; i++) {
            words[i] = PyInt.of(state[i] & 0xffffffffL);
        }
        words[MersenneTwister.N] = PyInt.of(mt.index());
        return PyTuple.of(PyInt.of(VERSION), new PyTuple(words), gaussNext);
    }

    private void setState(PyObject state) {
        if (!(state instanceof PyTuple st) || st.items.length != 3) {
            throw PyExc.typeError("state vector must be a tuple");
        }
        PyObject version = st.items[0];
        if (!(version instanceof PyInt v) || v.isBig() || (v.v != VERSION && v.v != 2)) {
            throw PyExc.valueError("state with version %s passed to Random.setstate() of version %d",
                    Abstract.repr(version).value, VERSION);
        }
        if (!(st.items[1] instanceof PyTuple internal)) {
            throw PyExc.typeError("state vector must be a tuple");
        }
        if (internal.items.length != MersenneTwister.N + 1) {
            throw PyExc.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) unsigned32(internal.items[i]);
        }
        long index = Abstract.index(internal.items[MersenneTwister.N]);
        if (index < 0 || index > MersenneTwister.N) {
            throw PyExc.valueError("invalid state");
        }
        mt.setState(words, (int) index);
        gaussNext = st.items[2];
    }

    private static long unsigned32(PyObject o) {
        PyInt i = Abstract.indexInt(o);
        if (i.signum() < 0 || i.isBig() || i.v > 0xffffffffL) {
            throw PyExc.overflowError("Python int too large to convert to C unsigned long");
        }
        return i.v;
    }
}

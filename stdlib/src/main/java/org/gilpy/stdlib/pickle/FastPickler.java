package org.gilpy.stdlib.pickle;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Codecs;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.PyFunction;

/**
 * The pickler's fast path: writes, byte for byte as pickle.py's Pickler (and CPython's C
 * pickler) would, the objects that need no Python code to pickle: None, bool, int, float, str,
 * bytes, bytearray, tuple, list, dict, set and frozenset of exact type, and functions and classes
 * by reference when their module is already imported. Protocols 2 to 5 only. Anything else
 * (an instance to reduce, an error to report) makes it give up, and pickle.py pickles the whole
 * object instead: giving up has no side effects, since nothing here runs Python code.
 */
final class FastPickler {
    /** Thrown to give up; no stack trace, as it is control flow. */
    static final class GiveUp extends RuntimeException {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private final Interpreter interp;
    private final int proto;
    private final Output out = new Output();
    private final Map<PyObject, Integer> memo = new IdentityHashMap<>();

    private FastPickler(Interpreter interp, int proto) {
        this.interp = interp;
        this.proto = proto;
    }

    /** The pickle of obj, or null when pickle.py must do it. */
    static byte[] dumps(Interpreter interp, PyObject obj, int proto) {
        if (proto < 2 || proto > Opcodes.HIGHEST_PROTOCOL || hasExtensions(interp)) {
            return null;
        }
        FastPickler p = new FastPickler(interp, proto);
        try {
            p.out.write(Opcodes.PROTO);
            p.out.write(proto);
            if (proto >= 4) {
                p.out.openFrame();
            }
            p.save(obj);
            p.out.write(Opcodes.STOP);
            if (proto >= 4) {
                p.out.closeFrame();
            }
            return p.out.toByteArray();
        } catch (GiveUp g) {
            return null;
        }
    }

    /** Registered extension codes change how globals are written: leave those pickles to pickle.py. */
    private static boolean hasExtensions(Interpreter interp) {
        PyObject copyreg = interp.modules.getItem(PyStr.intern("copyreg"));
        if (copyreg == null) {
            return false;
        }
        PyObject registry = Abstract.lookupAttr(copyreg, PyStr.intern("_extension_registry"));
        return !(registry instanceof PyDict d) || d.size() > 0;
    }

    private void save(PyObject obj) {
        if (out.frameFull()) {
            out.closeFrame();
            out.openFrame();
        }
        PyType t = obj.type();
        if (obj == PyNone.NONE) {
            out.write(Opcodes.NONE);
        } else if (obj instanceof PyBool) {
            out.write(obj == PyBool.TRUE ? Opcodes.NEWTRUE : Opcodes.NEWFALSE);
        } else if (t == PyInt.TYPE) {
            saveLong((PyInt) obj);
        } else if (t == PyFloat.TYPE) {
            out.write(Opcodes.BINFLOAT);
            out.writeLongBE(Double.doubleToRawLongBits(((PyFloat) obj).v));
        } else {
            Integer idx = memo.get(obj);
            if (idx != null) {
                get(idx);
            } else {
                saveObject(obj, t);
            }
        }
    }

    private void saveObject(PyObject obj, PyType t) {
        if (t == PyStr.TYPE) {
            saveStr((PyStr) obj);
        } else if (t == PyBytes.TYPE && proto >= 3) {
            byte[] b = ((PyBytes) obj).bytes;
            counted(b.length <= 0xff, Opcodes.SHORT_BINBYTES, Opcodes.BINBYTES, b);
            memoize(obj);
        } else if (t == PyTuple.TYPE) {
            saveTuple((PyTuple) obj);
        } else if (t == PyList.TYPE) {
            saveList((PyList) obj);
        } else if (t == PyDict.TYPE) {
            saveDict((PyDict) obj);
        } else if (t == PySet.TYPE && proto >= 4) {
            saveSet((PySet) obj);
        } else if (t == PySet.FROZEN_TYPE && proto >= 4) {
            saveFrozenSet((PySet) obj);
        } else if (t == PyByteArray.TYPE && proto >= 5) {
            out.payload(Opcodes.BYTEARRAY8, 8, ((PyByteArray) obj).toBytes());
            memoize(obj);
        } else if (obj instanceof PyFunction || obj instanceof PyType) {
            saveGlobal(obj);
        } else {
            throw GiveUp.INSTANCE;
        }
    }

    private void memoize(PyObject obj) {
        int idx = memo.size();
        if (proto >= 4) {
            out.write(Opcodes.MEMOIZE);
        } else if (idx < 256) {
            out.write(Opcodes.BINPUT);
            out.write(idx);
        } else {
            out.write(Opcodes.LONG_BINPUT);
            out.writeIntLE(idx);
        }
        memo.put(obj, idx);
    }

    private void get(int idx) {
        if (idx < 256) {
            out.write(Opcodes.BINGET);
            out.write(idx);
        } else {
            out.write(Opcodes.LONG_BINGET);
            out.writeIntLE(idx);
        }
    }

    private void saveLong(PyInt i) {
        if (!i.isBig() && i.v >= Integer.MIN_VALUE && i.v <= Integer.MAX_VALUE) {
            long v = i.v;
            if (v >= 0 && v <= 0xff) {
                out.write(Opcodes.BININT1);
                out.write((int) v);
            } else if (v >= 0 && v <= 0xffff) {
                out.write(Opcodes.BININT2);
                out.write((int) v & 0xff);
                out.write((int) v >> 8);
            } else {
                out.write(Opcodes.BININT);
                out.writeIntLE((int) v);
            }
            return;
        }
        byte[] bigEndian = i.bigValue().toByteArray();
        int n = bigEndian.length;
        if (n < 256) {
            out.write(Opcodes.LONG1);
            out.write(n);
        } else {
            out.write(Opcodes.LONG4);
            out.writeIntLE(n);
        }
        for (int k = n - 1; k >= 0; k--) {
            out.write(bigEndian[k]);
        }
    }

    private void saveStr(PyStr s) {
        byte[] b = Codecs.encode(s.value, "utf-8", "surrogatepass");
        counted(b.length <= 0xff && proto >= 4, Opcodes.SHORT_BINUNICODE, Opcodes.BINUNICODE, b);
        memoize(s);
    }

    /** Bytes after their count: one byte of it with shortOp, else four with longOp. */
    private void counted(boolean isShort, int shortOp, int longOp, byte[] b) {
        if (isShort) {
            out.write(shortOp);
            out.write(b.length);
            out.write(b);
        } else {
            out.payload(longOp, 4, b);
        }
    }

    private void saveTuple(PyTuple t) {
        PyObject[] items = t.items;
        int n = items.length;
        if (n == 0) {
            out.write(Opcodes.EMPTY_TUPLE);
            return;
        }
        if (n > 3) {
            out.write(Opcodes.MARK);
        }
        for (PyObject item : items) {
            save(item);
        }
        Integer idx = memo.get(t);
        if (idx != null) {
            // the tuple was reached again through its own items: drop the copies, fetch the memoized one
            if (n > 3) {
                out.write(Opcodes.POP_MARK);
            } else {
                for (int k = 0; k < n; k++) {
                    out.write(Opcodes.POP);
                }
            }
            get(idx);
            return;
        }
        out.write(n > 3 ? Opcodes.TUPLE : Opcodes.TUPLE1 + n - 1);
        memoize(t);
    }

    private void saveList(PyList list) {
        out.write(Opcodes.EMPTY_LIST);
        memoize(list);
        int size = list.size();
        if (size == 1) {
            save(list.get(0));
            out.write(Opcodes.APPEND);
            return;
        }
        int total = 0;
        while (total < list.size()) {
            out.write(Opcodes.MARK);
            int batch = 0;
            while (total < list.size() && batch < Opcodes.BATCHSIZE) {
                save(list.get(total++));
                batch++;
            }
            out.write(Opcodes.APPENDS);
        }
    }

    private void saveDict(PyDict dict) {
        out.write(Opcodes.EMPTY_DICT);
        memoize(dict);
        int size = dict.size();
        if (size == 0) {
            return;
        }
        if (size == 1) {
            for (var e : dict.entries()) {
                save(e.getKey());
                save(e.getValue());
            }
            out.write(Opcodes.SETITEM);
            return;
        }
        int inBatch = 0;
        out.write(Opcodes.MARK);
        for (var e : dict.entries()) {
            save(e.getKey());
            save(e.getValue());
            if (++inBatch == Opcodes.BATCHSIZE) {
                out.write(Opcodes.SETITEMS);
                out.write(Opcodes.MARK);
                inBatch = 0;
            }
        }
        if (dict.size() != size) {
            throw GiveUp.INSTANCE;
        }
        out.write(Opcodes.SETITEMS);
    }

    private void saveSet(PySet set) {
        out.write(Opcodes.EMPTY_SET);
        memoize(set);
        PyObject[] items = set.toArray();
        if (items.length == 0) {
            return;
        }
        int inBatch = 0;
        out.write(Opcodes.MARK);
        for (PyObject item : items) {
            save(item);
            if (++inBatch == Opcodes.BATCHSIZE) {
                out.write(Opcodes.ADDITEMS);
                out.write(Opcodes.MARK);
                inBatch = 0;
            }
        }
        out.write(Opcodes.ADDITEMS);
    }

    private void saveFrozenSet(PySet set) {
        out.write(Opcodes.MARK);
        for (PyObject item : set.toArray()) {
            save(item);
        }
        Integer idx = memo.get(set);
        if (idx != null) {
            out.write(Opcodes.POP_MARK);
            get(idx);
            return;
        }
        out.write(Opcodes.FROZENSET);
        memoize(set);
    }

    /** A function or class by module and qualified name, when the lookup finds that very object. */
    private void saveGlobal(PyObject obj) {
        if (!(Abstract.lookupAttr(obj, PyStr.intern("__qualname__")) instanceof PyStr qualname)
                || !(Abstract.lookupAttr(obj, PyStr.intern("__module__")) instanceof PyStr moduleName)) {
            throw GiveUp.INSTANCE;
        }
        PyObject module = interp.modules.getItem(moduleName);
        if (module == null) {
            throw GiveUp.INSTANCE;
        }
        String[] path = qualname.value.split("\\.", -1);
        PyObject parent = module;
        PyObject found = module;
        for (String part : path) {
            if (part.equals("<locals>")) {
                throw GiveUp.INSTANCE;
            }
            parent = found;
            found = Abstract.lookupAttr(found, PyStr.of(part));
            if (found == null) {
                throw GiveUp.INSTANCE;
            }
        }
        if (found != obj) {
            throw GiveUp.INSTANCE;
        }
        String name = parent == module ? path[path.length - 1] : qualname.value;
        if (proto >= 4) {
            // interned, as CPython's are, so that the memo writes a module's name once
            save(PyStr.intern(moduleName.value));
            save(PyStr.intern(name));
            out.write(Opcodes.STACK_GLOBAL);
        } else if (proto == 3 && parent == module) {
            out.write(Opcodes.GLOBAL);
            out.write(Codecs.encode(moduleName.value + "\n" + name + "\n", "utf-8", "strict"));
        } else {
            throw GiveUp.INSTANCE;
        }
        memoize(obj);
    }

    /** The growing pickle, with the open frame's 9-byte header reserved at frameStart. */
    private static final class Output {
        private byte[] buf = new byte[256];
        private int size;
        private int frameStart = -1;

        void write(int b) {
            if (size == buf.length) {
                grow(1);
            }
            buf[size++] = (byte) b;
        }

        void write(byte[] b) {
            if (size + b.length > buf.length) {
                grow(b.length);
            }
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void writeIntLE(int v) {
            write(v);
            write(v >> 8);
            write(v >> 16);
            write(v >> 24);
        }

        void writeLongBE(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                write((int) (v >> shift));
            }
        }

        private void grow(int more) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }

        /** An opcode, its length field (4 or 8 bytes) and a payload; a large one between frames. */
        void payload(int opcode, int lengthBytes, byte[] data) {
            boolean bypass = frameStart >= 0 && data.length >= Opcodes.FRAME_SIZE_TARGET;
            if (bypass) {
                closeFrame();
            }
            write(opcode);
            for (int k = 0; k < lengthBytes; k++) {
                write(k < 4 ? data.length >> (8 * k) : 0);
            }
            write(data);
            if (bypass) {
                openFrame();
            }
        }

        void openFrame() {
            frameStart = size;
            for (int k = 0; k < 9; k++) {
                write(0);
            }
        }

        boolean frameFull() {
            return frameStart >= 0 && size - frameStart - 9 >= Opcodes.FRAME_SIZE_TARGET;
        }

        void closeFrame() {
            int length = size - frameStart - 9;
            if (length >= Opcodes.FRAME_SIZE_MIN) {
                buf[frameStart] = (byte) Opcodes.FRAME;
                for (int k = 0; k < 8; k++) {
                    buf[frameStart + 1 + k] = (byte) (k < 4 ? length >> (8 * k) : 0);
                }
            } else {
                System.arraycopy(buf, frameStart + 9, buf, frameStart, length);
                size -= 9;
            }
            frameStart = -1;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}

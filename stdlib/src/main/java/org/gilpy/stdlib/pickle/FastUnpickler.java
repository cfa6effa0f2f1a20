package org.gilpy.stdlib.pickle;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.Codecs;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.vm.Interpreter;

/**
 * The unpickler's fast path: runs the pickle machine over in-memory data whose opcodes only
 * build None, bool, int, float, str, bytes, bytearray, tuple, list, dict, set and frozenset, and
 * fetch globals from modules already imported. At any other opcode, and at anything wrong with
 * the data, it gives up and pickle.py's Unpickler reads the data again from the start (with its
 * CPython error messages): nothing done here runs Python code, so giving up leaves no trace.
 *
 * <p>As in CPython's C unpickler, one array holds the stack; a MARK records the stack's height,
 * and the opcodes that take "the items since the mark" slice them off above it.
 */
final class FastUnpickler {
    private static final FastPickler.GiveUp GIVE_UP = FastPickler.GiveUp.INSTANCE;

    private final Interpreter interp;
    private final byte[] data;
    private int pos;
    private int proto;
    private PyObject[] stack = new PyObject[16];
    private int sp;
    private int[] marks = new int[8];
    private int markCount;
    private final Map<Integer, PyObject> memo = new HashMap<>();

    private FastUnpickler(Interpreter interp, byte[] data) {
        this.interp = interp;
        this.data = data;
    }

    /** The object pickled in data, or null when pickle.py must read it. */
    static PyObject loads(Interpreter interp, byte[] data) {
        try {
            return new FastUnpickler(interp, data).run();
        } catch (FastPickler.GiveUp | PyException e) {
            return null;
        }
    }

    private PyObject run() {
        while (true) {
            int op = u8();
            switch (op) {
                case Opcodes.PROTO -> {
                    proto = u8();
                    if (proto > Opcodes.HIGHEST_PROTOCOL) {
                        throw GIVE_UP;
                    }
                }
                case Opcodes.FRAME -> need(length(8));
                case Opcodes.STOP -> {
                    return pop();
                }
                case Opcodes.MARK -> {
                    if (markCount == marks.length) {
                        marks = java.util.Arrays.copyOf(marks, markCount * 2);
                    }
                    marks[markCount++] = sp;
                }
                case Opcodes.NONE -> push(PyNone.NONE);
                case Opcodes.NEWTRUE -> push(PyBool.TRUE);
                case Opcodes.NEWFALSE -> push(PyBool.FALSE);
                case Opcodes.BININT -> push(PyInt.of(intLE(4)));
                case Opcodes.BININT1 -> push(PyInt.of(u8()));
                case Opcodes.BININT2 -> push(PyInt.of(intLE(2) & 0xffff));
                case Opcodes.LONG1 -> push(decodeLong(u8()));
                case Opcodes.LONG4 -> push(decodeLong(length(4)));
                case Opcodes.BINFLOAT -> push(new PyFloat(Double.longBitsToDouble(longBE())));
                case Opcodes.SHORT_BINUNICODE -> push(str(u8()));
                case Opcodes.BINUNICODE -> push(str(length(4)));
                case Opcodes.BINUNICODE8 -> push(str(length(8)));
                case Opcodes.SHORT_BINBYTES -> push(new PyBytes(bytes(u8())));
                case Opcodes.BINBYTES -> push(new PyBytes(bytes(length(4))));
                case Opcodes.BINBYTES8 -> push(new PyBytes(bytes(length(8))));
                case Opcodes.BYTEARRAY8 -> push(new PyByteArray(bytes(length(8))));
                case Opcodes.EMPTY_TUPLE -> push(PyTuple.EMPTY);
                case Opcodes.TUPLE1, Opcodes.TUPLE2, Opcodes.TUPLE3 -> push(new PyTuple(popItems(sp - (op - Opcodes.TUPLE1 + 1))));
                case Opcodes.TUPLE -> push(new PyTuple(popMark()));
                case Opcodes.EMPTY_LIST -> push(new PyList());
                case Opcodes.APPEND -> {
                    PyObject value = pop();
                    list(top()).append(value);
                }
                case Opcodes.APPENDS -> {
                    PyObject[] items = popMark();
                    list(top()).extend(items, items.length);
                }
                case Opcodes.EMPTY_DICT -> push(new PyDict());
                case Opcodes.SETITEM -> {
                    PyObject value = pop();
                    PyObject key = pop();
                    dict(top()).setItem(key, value);
                }
                case Opcodes.SETITEMS -> {
                    PyObject[] items = popMark();
                    if (items.length % 2 != 0) {
                        throw GIVE_UP;
                    }
                    PyDict d = dict(top());
                    for (int i = 0; i < items.length; i += 2) {
                        d.setItem(items[i], items[i + 1]);
                    }
                }
                case Opcodes.EMPTY_SET -> push(new PySet(false));
                case Opcodes.ADDITEMS -> {
                    PyObject[] items = popMark();
                    PySet s = set(top());
                    for (PyObject item : items) {
                        s.add(item);
                    }
                }
                case Opcodes.FROZENSET -> {
                    PySet s = new PySet(true);
                    for (PyObject item : popMark()) {
                        s.add(item);
                    }
                    push(s);
                }
                case Opcodes.MEMOIZE -> memo.put(memo.size(), top());
                case Opcodes.BINPUT -> memo.put(u8(), top());
                case Opcodes.LONG_BINPUT -> memo.put(length(4), top());
                case Opcodes.BINGET -> push(memoGet(u8()));
                case Opcodes.LONG_BINGET -> push(memoGet(length(4)));
                case Opcodes.POP -> {
                    if (sp > fence()) {
                        sp--;
                    } else if (markCount > 0) {
                        markCount--;
                    } else {
                        throw GIVE_UP;
                    }
                }
                case Opcodes.POP_MARK -> popMark();
                case Opcodes.DUP -> push(top());
                case Opcodes.STACK_GLOBAL -> {
                    PyObject name = pop();
                    PyObject module = pop();
                    if (!(module instanceof PyStr m) || m.type() != PyStr.TYPE
                            || !(name instanceof PyStr n) || n.type() != PyStr.TYPE) {
                        throw GIVE_UP;
                    }
                    push(findGlobal(m, n.value));
                }
                case Opcodes.GLOBAL -> {
                    if (proto < 3) {
                        throw GIVE_UP; // Python 2 names: pickle.py maps them (fix_imports)
                    }
                    PyStr module = PyStr.of(line());
                    push(findGlobal(module, line()));
                }
                default -> throw GIVE_UP;
            }
        }
    }

    // ---- the stack ----

    private void push(PyObject v) {
        if (sp == stack.length) {
            stack = java.util.Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = v;
    }

    private int fence() {
        return markCount == 0 ? 0 : marks[markCount - 1];
    }

    private PyObject pop() {
        if (sp <= fence()) {
            throw GIVE_UP;
        }
        PyObject v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    private PyObject top() {
        if (sp <= fence()) {
            throw GIVE_UP;
        }
        return stack[sp - 1];
    }

    /** The items from index start to the top, removed from the stack. */
    private PyObject[] popItems(int start) {
        if (start < fence()) {
            throw GIVE_UP;
        }
        PyObject[] items = java.util.Arrays.copyOfRange(stack, start, sp);
        java.util.Arrays.fill(stack, start, sp, null);
        sp = start;
        return items;
    }

    private PyObject[] popMark() {
        if (markCount == 0) {
            throw GIVE_UP;
        }
        int start = marks[--markCount];
        PyObject[] items = java.util.Arrays.copyOfRange(stack, start, sp);
        java.util.Arrays.fill(stack, start, sp, null);
        sp = start;
        return items;
    }

    private PyObject memoGet(int idx) {
        PyObject v = memo.get(idx);
        if (v == null) {
            throw GIVE_UP;
        }
        return v;
    }

    private static PyList list(PyObject o) {
        if (o.type() != PyList.TYPE) {
            throw GIVE_UP;
        }
        return (PyList) o;
    }

    private static PyDict dict(PyObject o) {
        if (o.type() != PyDict.TYPE) {
            throw GIVE_UP;
        }
        return (PyDict) o;
    }

    private static PySet set(PyObject o) {
        if (o.type() != PySet.TYPE) {
            throw GIVE_UP;
        }
        return (PySet) o;
    }

    /** A global from a module already in sys.modules; dotted names are followed from protocol 4. */
    private PyObject findGlobal(PyStr moduleName, String name) {
        PyObject found = interp.modules.getItem(moduleName);
        if (found == null) {
            throw GIVE_UP;
        }
        String[] path = proto >= 4 ? name.split("\\.", -1) : new String[] {name};
        for (String part : path) {
            found = part.equals("<locals>") ? null : Abstract.lookupAttr(found, PyStr.of(part));
            if (found == null) {
                throw GIVE_UP;
            }
        }
        return found;
    }

    // ---- reading the data ----

    private void need(long n) {
        if (n > data.length - pos) {
            throw GIVE_UP;
        }
    }

    private int u8() {
        need(1);
        return data[pos++] & 0xff;
    }

    private int intLE(int n) {
        need(n);
        int v = 0;
        for (int k = 0; k < n; k++) {
            v |= (data[pos++] & 0xff) << (8 * k);
        }
        return v;
    }

    /** An unsigned little-endian length of n bytes (4 or 8), which must fit in an array. */
    private int length(int n) {
        need(n);
        long v = 0;
        for (int k = 0; k < n; k++) {
            v |= (long) (data[pos++] & 0xff) << (8 * k);
        }
        if (v < 0 || v > Integer.MAX_VALUE - 16) {
            throw GIVE_UP;
        }
        return (int) v;
    }

    private long longBE() {
        need(8);
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (data[pos++] & 0xff);
        }
        return v;
    }

    private byte[] bytes(int n) {
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    private PyStr str(int n) {
        need(n);
        String s = Codecs.decode(java.util.Arrays.copyOfRange(data, pos, pos + n), "utf-8", "surrogatepass");
        pos += n;
        return PyStr.of(s);
    }

    private String line() {
        int end = pos;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        if (end == data.length) {
            throw GIVE_UP;
        }
        String s = Codecs.decode(java.util.Arrays.copyOfRange(data, pos, end), "utf-8", "strict");
        pos = end + 1;
        return s;
    }

    /** Little-endian two's complement, as LONG1 and LONG4 carry it; no bytes is 0. */
    private PyInt decodeLong(int n) {
        need(n);
        if (n == 0) {
            return PyInt.of(0);
        }
        byte[] bigEndian = new byte[n];
        for (int k = 0; k < n; k++) {
            bigEndian[n - 1 - k] = data[pos + k];
        }
        pos += n;
        return PyInt.of(new BigInteger(bigEndian));
    }
}

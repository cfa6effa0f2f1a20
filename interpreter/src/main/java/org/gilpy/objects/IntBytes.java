package org.gilpy.objects;

import java.math.BigInteger;

/** int.to_bytes and int.from_bytes. */
final class IntBytes {
    private IntBytes() {}

    static PyObject toBytes(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("to_bytes", args, kw, new String[] {"length", "byteorder", "signed"}, 0,
                PyInt.of(1), PyStr.of("big"), PyBool.FALSE);
        int length = (int) Abstract.index(a[0]);
        String order = ((PyStr) a[1]).value;
        boolean signed = a[2].isTrue();
        BigInteger v = ((PyInt) self).bigValue();
        if (!signed && v.signum() < 0) {
            throw PyExc.overflowError("can't convert negative int to unsigned");
        }
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        int start = raw.length > 1 && raw[0] == 0 && !signed ? 1 : 0;
        int n = raw.length - start;
        if (n > length || (signed && raw.length > length)) {
            throw PyExc.overflowError("int too big to convert");
        }
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length - n; i++) {
            out[i] = fill;
        }
        System.arraycopy(raw, start, out, length - n, n);
        if (order.equals("little")) {
            reverse(out);
        } else if (!order.equals("big")) {
            throw PyExc.valueError("byteorder must be either 'little' or 'big'");
        }
        return new PyBytes(out);
    }

    static PyObject fromBytes(PyObject cls, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("from_bytes", args, kw, new String[] {"bytes", "byteorder", "signed"}, 1,
                null, PyStr.of("big"), PyBool.FALSE);
        byte[] b = Abstract.bytesOf(a[0]).clone();
        String order = ((PyStr) a[1]).value;
        if (order.equals("little")) {
            reverse(b);
        } else if (!order.equals("big")) {
            throw PyExc.valueError("byteorder must be either 'little' or 'big'");
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : a[2].isTrue() ? new BigInteger(b) : new BigInteger(1, b);
        PyInt r = PyInt.of(v);
        return cls == PyInt.TYPE ? r : Abstract.call(cls, r);
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}

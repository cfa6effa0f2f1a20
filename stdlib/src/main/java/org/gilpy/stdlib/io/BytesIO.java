package org.gilpy.stdlib.io;

import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code io.BytesIO}: a growable byte array with a position. */
final class BytesIO extends MemoryIO {
    static final PyType TYPE = PyType.builtin("BytesIO", IOBase.BUFFERED, BytesIO::define);

    private byte[] data = new byte[0];
    private int size;

    BytesIO(PyType type) {
        super(type);
    }

    private static BytesIO b(PyObject self) {
        return (BytesIO) self;
    }

    private static void define(PyType t) {
        defineCommon(t);
        t.constructor((unused, args, kw) -> new BytesIO((PyType) args[0]));
        t.methodVar("__init__", (self, args, kw) -> {
            PyObject[] p = ArgParser.parse("BytesIO", args, kw, new String[] {"initial_bytes"}, 0, PyNone.NONE);
            BytesIO io = b(self);
            io.size = 0;
            io.pos = 0;
            if (p[0] != PyNone.NONE) {
                io.write(Abstract.bytesOf(p[0]));
                io.pos = 0;
            }
            return PyNone.NONE;
        });
        t.method("write", (self, s) -> {
            byte[] bytes = Abstract.bytesOf(s);
            b(self).checkOpen();
            b(self).write(bytes);
            return PyInt.of(bytes.length);
        });
        t.method("getvalue", self -> {
            b(self).checkOpen();
            return new PyBytes(Arrays.copyOf(b(self).data, b(self).size));
        });
        t.methodVar("read1", (self, args, kw) -> b(self).read(IOBase.limit("read1", args, kw)));
        t.method("readinto", (self, target) -> {
            BytesIO io = b(self);
            io.checkOpen();
            int n = Math.max(0, Math.min(Abstract.len(target), io.size - io.pos));
            for (int i = 0; i < n; i++) {
                Abstract.setItem(target, PyInt.of(i), PyInt.of(io.data[io.pos + i] & 0xff));
            }
            io.pos += n;
            return PyInt.of(n);
        });
    }

    private void write(byte[] bytes) {
        int end = pos + bytes.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0);
        }
        System.arraycopy(bytes, 0, data, pos, bytes.length);
        pos = end;
        size = Math.max(size, end);
    }

    @Override
    int length() {
        return size;
    }

    @Override
    PyObject slice(int from, int to) {
        return new PyBytes(Arrays.copyOfRange(data, from, to));
    }

    @Override
    int lineEnd(int from) {
        for (int i = from; i < size; i++) {
            if (data[i] == '\n') {
                return i + 1;
            }
        }
        return size;
    }

    @Override
    void cut(int newSize) {
        size = newSize;
    }

    @Override
    String closedMessage() {
        return "I/O operation on closed file.";
    }

    @Override
    int seekTo(long offset, int whence) {
        if (whence == 0 && offset < 0) {
            throw PyExc.valueError("negative seek value %d", offset);
        }
        long target = whence == 0 ? offset : whence == 1 ? pos + offset : size + offset;
        return (int) Math.max(0, Math.min(target, Integer.MAX_VALUE));
    }
}

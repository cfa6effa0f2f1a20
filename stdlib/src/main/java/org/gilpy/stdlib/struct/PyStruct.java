package org.gilpy.stdlib.struct;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBaseObject;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.stdlib.array.Buffers;

/**
 * {@code struct.Struct}: a compiled format, and the packing and unpacking the module-level
 * functions of struct also use (they keep a cache of compiled formats).
 */
final class PyStruct extends PyObject {
    private static final String[] FORMAT_PARAM = {"format"};
    private static final String[] UNPACK_FROM_PARAMS = {"buffer", "offset"};

    /** struct.error: one class shared by all interpreters, as the builtin exceptions are. */
    static final PyType ERROR = PyType.builtin("error", PyExc.Exception, t -> t.def("__module__", PyStr.of("struct")));

    static final PyType TYPE = PyType.builtin("Struct", PyBaseObject.TYPE, t -> {
        t.def("__module__", PyStr.of("_struct"));
        t.constructor((unused, args, kw) -> {
            PyObject[] a = ArgParser.parse("Struct", Arrays.copyOfRange(args, 1, args.length), kw,
                    FORMAT_PARAM, 1);
            return new PyStruct((PyType) args[0], format(a[0]));
        });
        t.getter("format", self -> PyStr.of(((PyStruct) self).format.format));
        t.getter("size", self -> PyInt.of(((PyStruct) self).format.size));
        t.methodVar("pack", (self, args, kw) -> {
            Builtin.noKeywords("pack", kw);
            return pack(((PyStruct) self).format, args, 0);
        });
        t.methodVar("pack_into", (self, args, kw) -> {
            Builtin.noKeywords("pack_into", kw);
            return packInto(((PyStruct) self).format, args, 0);
        });
        t.method("unpack", (self, buffer) -> unpack(((PyStruct) self).format, buffer));
        t.methodVar("unpack_from", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("unpack_from", args, kw, UNPACK_FROM_PARAMS, 1, null, PyInt.of(0));
            return unpackFrom(((PyStruct) self).format, a[0], a[1]);
        });
        t.method("iter_unpack", (self, buffer) -> iterUnpack(((PyStruct) self).format, buffer));
        t.method("__sizeof__", self -> PyInt.of(64 + ((PyStruct) self).format.size));
    });

    private static final PyType UNPACK_ITERATOR = PyType.builtin("unpack_iterator", PyBaseObject.TYPE, t -> {
        t.isBaseType = false;
        t.def("__module__", PyStr.of("_struct"));
        t.method("__iter__", self -> self);
        t.method("__next__", self -> {
            PyObject r = ((PyIterator) self).next();
            if (r == null) {
                throw PyExc.stopIteration();
            }
            return r;
        });
        t.method("__length_hint__", self -> PyInt.of(((UnpackIterator) self).remaining()));
    });

    private final PyType type;
    final StructFormat format;

    PyStruct(PyType type, StructFormat format) {
        this.type = type;
        this.format = format;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The format argument (str or bytes) as a parsed format. */
    static StructFormat format(PyObject f) {
        String text;
        if (f instanceof PyStr s) {
            text = s.value;
        } else if (f instanceof PyBytes b) {
            text = new String(b.bytes, StandardCharsets.ISO_8859_1);
        } else {
            throw PyExc.typeError("Struct() argument 1 must be a str or bytes object, not %s", f.type().name);
        }
        return StructModule.cached(text);
    }

    static PyObject pack(StructFormat f, PyObject[] args, int from) {
        return new PyBytes(f.pack(args, from, ERROR));
    }

    static PyObject packInto(StructFormat f, PyObject[] args, int from) {
        if (args.length - from < 1) {
            throw PyExc.raise(ERROR, "pack_into expected buffer argument");
        }
        if (args.length - from < 2) {
            throw PyExc.raise(ERROR, "pack_into expected offset argument");
        }
        PyObject buffer = args[from];
        if (!Buffers.isWritable(buffer)) {
            throw PyExc.typeError("argument must be read-write bytes-like object, not %s", buffer.type().name);
        }
        int length = Buffers.read(buffer).length;
        long offset = Abstract.index(args[from + 1]);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw PyExc.raise(ERROR, "no space to pack %d bytes at offset %d", f.size, offset);
            }
            if (offset + length < 0) {
                throw PyExc.raise(ERROR, "offset %d out of range for %d-byte buffer", offset, length);
            }
            offset += length;
        }
        if (length - offset < f.size) {
            throw PyExc.raise(ERROR, "pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    + "offset %d (actual buffer size is %d)", f.size + offset, f.size, offset, length);
        }
        byte[] packed = f.pack(args, from + 2, ERROR);
        Buffers.write(buffer, (int) offset, packed);
        return PyNone.NONE;
    }

    static PyObject unpack(StructFormat f, PyObject buffer) {
        byte[] data = Buffers.read(buffer);
        if (data.length != f.size) {
            throw PyExc.raise(ERROR, "unpack requires a buffer of %d bytes", f.size);
        }
        return PyTuple.of(f.unpack(data, 0));
    }

    static PyObject unpackFrom(StructFormat f, PyObject buffer, PyObject offsetArg) {
        byte[] data = Buffers.read(buffer);
        long offset = Abstract.index(offsetArg);
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw PyExc.raise(ERROR, "not enough data to unpack %d bytes at offset %d", f.size, offset);
            }
            if (offset + data.length < 0) {
                throw PyExc.raise(ERROR, "offset %d out of range for %d-byte buffer", offset, data.length);
            }
            offset += data.length;
        }
        if (data.length - offset < f.size) {
            throw PyExc.raise(ERROR, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at "
                    + "offset %d (actual buffer size is %d)", f.size + offset, f.size, offset, data.length);
        }
        return PyTuple.of(f.unpack(data, (int) offset));
    }

    static PyObject iterUnpack(StructFormat f, PyObject buffer) {
        byte[] data = Buffers.read(buffer);
        if (f.size == 0) {
            throw PyExc.raise(ERROR, "cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % f.size != 0) {
            throw PyExc.raise(ERROR, "iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new UnpackIterator(f, data);
    }

    private static final class UnpackIterator extends PyIterator {
        private final StructFormat format;
        private final byte[] data;
        private int offset;

        UnpackIterator(StructFormat format, byte[] data) {
            this.format = format;
            this.data = data;
        }

        @Override
        public PyType type() {
            return UNPACK_ITERATOR;
        }

        int remaining() {
            return (data.length - offset) / format.size;
        }

        @Override
        public PyObject next() {
            if (offset >= data.length) {
                return null;
            }
            PyObject r = PyTuple.of(format.unpack(data, offset));
            offset += format.size;
            return r;
        }
    }
}

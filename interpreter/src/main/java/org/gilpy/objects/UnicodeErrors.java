package org.gilpy.objects;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the codec's name, the text
 * or bytes being converted, the failing span {@code [start, end)} and the reason, from which
 * {@code str(e)} is composed as CPython does.
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    private static final String[] FIELDS = {"encoding", "object", "start", "end", "reason"};

    static void defineEncode(PyType t) {
        define(t, "UnicodeEncodeError", true, true);
    }

    static void defineDecode(PyType t) {
        define(t, "UnicodeDecodeError", true, false);
    }

    static void defineTranslate(PyType t) {
        define(t, "UnicodeTranslateError", false, true);
    }

    /** hasEncoding: the first argument names the codec; textObject: the object is a str, else bytes. */
    private static void define(PyType t, String name, boolean hasEncoding, boolean textObject) {
        t.methodVar("__init__", (self, args, kw) -> {
            Builtin.noKeywords(name, kw);
            PyBaseException e = (PyBaseException) self;
            int n = hasEncoding ? 5 : 4;
            if (args.length != n) {
                throw PyExc.typeError("function takes exactly %d arguments (%d given)", n, args.length);
            }
            e.args = PyTuple.of(args.clone());
            int i = 0;
            if (hasEncoding) {
                e.setAttr("encoding", strArg(args[i++], 1));
            }
            PyObject object = args[i++];
            if (textObject) {
                object = strArg(object, i);
            } else if (object instanceof PyByteArray ba) {
                object = new PyBytes(ba.toBytes());
            } else if (!(object instanceof PyBytes)) {
                throw PyExc.typeError("argument %d must be bytes-like object, not '%s'", i, object.type().name);
            }
            e.setAttr("object", object);
            e.setAttr("start", PyInt.of(Abstract.index(args[i++])));
            e.setAttr("end", PyInt.of(Abstract.index(args[i++])));
            e.setAttr("reason", strArg(args[i], i + 1));
            return PyNone.NONE;
        });
        for (String field : FIELDS) {
            if (hasEncoding || !field.equals("encoding")) {
                t.getset(field, self -> ((PyBaseException) self).attr(field),
                        (self, v) -> ((PyBaseException) self).setAttr(field, v));
            }
        }
        t.method("__str__", self -> PyStr.of(message((PyBaseException) self, hasEncoding, textObject)));
    }

    private static PyObject strArg(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw PyExc.typeError("argument %d must be str, not %s", position, o.type().name);
        }
        return o;
    }

    private static String message(PyBaseException e, boolean hasEncoding, boolean textObject) {
        PyObject object = e.attr("object");
        if (object == PyNone.NONE) {
            return "";
        }
        long start = Abstract.index(e.attr("start"));
        long end = Abstract.index(e.attr("end"));
        String reason = Abstract.str(e.attr("reason")).value;
        String codec = hasEncoding ? "'" + Abstract.str(e.attr("encoding")).value + "' codec can't " : "can't ";
        String verb = !hasEncoding ? "translate" : textObject ? "encode" : "decode";
        if (textObject) {
            PyStr s = (PyStr) object;
            if (start >= 0 && start < s.length() && end == start + 1) {
                return codec + verb + " character '" + Codecs.escape(s.value.codePointAt(s.offset((int) start)))
                        + "' in position " + start + ": " + reason;
            }
        } else {
            byte[] b = ((PyBytes) object).bytes;
            if (start >= 0 && start < b.length && end == start + 1) {
                return codec + verb + String.format(" byte 0x%02x in position %d: %s", b[(int) start] & 0xFF, start,
                        reason);
            }
        }
        return codec + verb + (textObject ? " characters" : " bytes") + " in position " + start + "-" + (end - 1) + ": "
                + reason;
    }
}

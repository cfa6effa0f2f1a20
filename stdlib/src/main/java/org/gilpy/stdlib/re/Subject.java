package org.gilpy.stdlib.re;

import java.nio.charset.StandardCharsets;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * The string a pattern runs over: the object the caller passed (which {@code Match.string}
 * returns) and its text. Bytes-like subjects are read as Latin-1, one char per byte, so
 * positions are byte offsets and slices go back to bytes unchanged.
 */
record Subject(PyObject original, String text, boolean isBytes) {

    static Subject of(PyObject o) {
        if (o instanceof PyStr s) {
            return new Subject(o, s.value, false);
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return new Subject(o, latin1(Abstract.bytesOf(o)), true);
        }
        throw PyExc.typeError("expected string or bytes-like object, got '%s'", o.type().name);
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    int length() {
        return text.length();
    }

    /** text[start:end] as a str or bytes object. */
    PyObject slice(int start, int end) {
        return wrap(text.substring(start, end));
    }

    PyObject wrap(String s) {
        return isBytes ? new PyBytes(bytes(s)) : PyStr.of(s);
    }
}

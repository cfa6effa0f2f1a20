package org.gilpy.objects;


/** {@code bytes}: an immutable byte array. */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyBaseObject.TYPE, BytesMethods::defineBytes);

    public final byte[] bytes;
    private long hash = -1;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return bytes.length != 0;
    }

    /** CPython's bytes repr: b'...' with the same quote choice as str and \x escapes. */
    public static String repr(byte[] b, int n) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            hasSingle |= b[i] == '\'';
            hasDouble |= b[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** The hash of the bytes: CPython's under PYTHONHASHSEED=0 (see {@link SipHash}). */
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = SipHash.hash(bytes, bytes.length);
            hash = h;
        }
        return h;
    }
}

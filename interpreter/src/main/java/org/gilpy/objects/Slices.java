package org.gilpy.objects;

/** Index arithmetic shared by the sequence types. */
public final class Slices {
    private Slices() {}

    /** The optional (start, end) arguments at args[from], args[from+1] clipped to [0, len]. */
    static int[] span(int len, PyObject[] args, int from) {
        int start = 0;
        int end = len;
        if (args.length > from && args[from] != PyNone.NONE) {
            start = clip(Abstract.index(args[from]), len);
        }
        if (args.length > from + 1 && args[from + 1] != PyNone.NONE) {
            end = clip(Abstract.index(args[from + 1]), len);
        }
        return new int[] {start, end};
    }

    private static int clip(long i, int len) {
        if (i < 0) {
            i += len;
            return i < 0 ? 0 : (int) i;
        }
        return i > len ? len : (int) i;
    }

    /** Normalizes a subscript index for a sequence of the given length, or -1 when out of range. */
    public static int index(PyObject idx, int len) {
        long i = Abstract.index(idx);
        if (i < 0) {
            i += len;
        }
        return i < 0 || i >= len ? -1 : (int) i;
    }
}

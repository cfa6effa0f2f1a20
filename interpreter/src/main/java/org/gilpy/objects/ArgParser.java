package org.gilpy.objects;

/** Matches positional and keyword arguments to a builtin's named parameters, with CPython's errors. */
public final class ArgParser {
    private ArgParser() {}

    /**
     * @param names    parameter names in order
     * @param required how many leading parameters have no default
     * @param defaults one value per parameter (entries for required ones are ignored); a null
     *                 default leaves the slot null when the argument is absent
     * @return one value per parameter
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required,
                                   PyObject... defaults) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            throw PyExc.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                    names.length == 1 ? "" : "s", npos);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        // as CPython's _PyArg_UnpackKeywords: a missing required argument is reported before a stray keyword
        PyException stray = null;
        for (int k = 0; k < nkw; k++) {
            int idx = indexOf(names, kwnames[k]);
            if (idx < 0) {
                stray = stray != null ? stray
                        : PyExc.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], fname);
            } else if (out[idx] != null) {
                stray = stray != null ? stray : PyExc.typeError("argument for %s() given by name ('%s') and position (%d)",
                        fname, kwnames[k], idx + 1);
            } else {
                out[idx] = args[npos + k];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null) {
                if (i < required) {
                    throw PyExc.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
                }
                out[i] = i < defaults.length ? defaults[i] : null;
            }
        }
        if (stray != null) {
            throw stray;
        }
        return out;
    }

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }
}

package org.gilpy.objects;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization and the layout check of a new class's bases. */
final class Mro {
    private Mro() {}

    static PyType[] compute(PyType cls, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) {
                    throw PyExc.typeError("duplicate base class %s", bases[i].name);
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // CPython names the classes still blocking the merge: each remaining sequence's head, once
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> seq : seqs) {
                    if (!heads.contains(seq.get(0))) {
                        heads.add(seq.get(0));
                    }
                }
                StringBuilder names = new StringBuilder();
                for (PyType h : heads) {
                    names.append(names.length() == 0 ? "" : ", ").append(h.name);
                }
                throw PyExc.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s",
                        names);
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    /** The builtin layout the new class's instances use; bases with clashing layouts are refused. */
    static PyType solidBase(String name, PyType[] bases) {
        PyType solid = PyBaseObject.TYPE;
        for (PyType b : bases) {
            b.getDict(); // a builtin's definer, which may clear isBaseType, runs on first use
            if (!b.isBaseType) {
                throw PyExc.typeError("type '%s' is not an acceptable base type", b.name);
            }
            PyType s = b.solidBase();
            if (solid.isSubtypeOf(s)) {
                continue;
            }
            if (s.isSubtypeOf(solid)) {
                solid = s;
            } else {
                throw PyExc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return solid;
    }
}

package org.gilpy.objects;

/**
 * What a Python class adds to the instances of the builtin type it subclasses (int, str, list,
 * dict, ...): the class itself, the instance {@code __dict__} (none when every class in the MRO
 * declares {@code __slots__}) and the {@code __slots__} values. Each subclass instance layout
 * ({@code PyListSubclass} and the like) is its builtin's layout plus one of these.
 */
final class SubclassPart {
    final PyType type;
    final PyDict dict;
    private PyDict slots;

    SubclassPart(PyType type) {
        this(type, type.hasInstanceDict());
    }

    private SubclassPart(PyType type, boolean withDict) {
        this.type = type;
        this.dict = withDict ? new PyDict() : null;
    }

    /** The slot values, created on first use. */
    PyDict slotStorage() {
        return slots != null ? slots : (slots = new PyDict());
    }

    /**
     * For a forked child's copy of the instance: the part with the copied class and an empty
     * dict, to be filled by {@link #fillCopy} once the copy is remembered (its attributes may
     * refer back to it).
     */
    SubclassPart emptyCopy(ForkCopier c) {
        return new SubclassPart((PyType) c.copy(type), dict != null);
    }

    void fillCopy(SubclassPart copy, ForkCopier c) {
        c.copyItems(dict, copy.dict);
        copy.slots = slots == null ? null : (PyDict) c.copy(slots);
    }
}

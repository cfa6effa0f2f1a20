package org.gilpy.objects;

/**
 * An object whose class may declare {@code __slots__}: instances of plain classes and of
 * subclasses of list, dict, set, float and str. Slot values live apart from {@code __dict__}.
 */
interface SlotHolder {
    /** The slot values, created on first use. */
    PyDict slotStorage();
}

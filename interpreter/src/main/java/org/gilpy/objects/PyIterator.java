package org.gilpy.objects;

/**
 * A builtin iterator. {@link #next()} returns null at the end instead of raising StopIteration,
 * so the eval loop's FOR_ITER over builtin iterators never allocates an exception.
 */
public abstract class PyIterator extends PyObject {

    /** The next item, or null when exhausted. */
    public abstract PyObject next();

    /** Declares an iterator type: {@code __iter__} returns self, {@code __next__} calls next(). */
    public static PyType newType(String name) {
        return newType(name, null);
    }

    /** An iterator type that Python code can also call to make one (enumerate, zip, map, filter). */
    public static PyType newType(String name, Builtin.Impl constructor) {
        return PyType.builtin(name, PyBaseObject.TYPE, t -> {
            if (constructor == null) {
                t.isBaseType = false;
            } else {
                t.constructor(constructor);
            }
            t.method("__iter__", self -> self);
            t.method("__next__", self -> {
                PyObject r = ((PyIterator) self).next();
                if (r == null) {
                    throw PyExc.stopIteration();
                }
                return r;
            });
        });
    }
}

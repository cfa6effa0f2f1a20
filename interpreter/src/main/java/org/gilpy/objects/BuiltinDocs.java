package org.gilpy.objects;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The {@code __doc__} and {@code __text_signature__} of the builtins module's functions, types
 * and their methods, and of the functions of modules written in Java: CPython 3.11's own,
 * recorded by {@code tools/record-builtin-docs.py} into a resource read on first use, so that
 * interpreters that never ask for a docstring don't pay for the table. Keys are qualified names
 * ({@code len}, {@code str}, {@code str.upper}, {@code <class>.__dict__}, {@code math.sqrt}); a
 * text signature is stored under the key with {@code #sig} appended.
 */
public final class BuiltinDocs {
    private BuiltinDocs() {}

    private static final class Table {
        static final Properties DOCS = load();

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin-docs.properties");
                    Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }

    /** The docstring recorded for a qualified name, or None. */
    public static PyObject doc(String qualname) {
        return orNone(Table.DOCS.getProperty(qualname));
    }

    /** The text signature recorded for a qualified name ({@code ($module, obj, /)}), or None. */
    public static PyObject textSignature(String qualname) {
        return orNone(Table.DOCS.getProperty(qualname + "#sig"));
    }

    /**
     * The key of a type's attribute; the attributes of classes defined in Python ({@code __dict__},
     * {@code __weakref__}) share one key whatever the class.
     */
    static String memberKey(PyType owner, String name) {
        return (owner.isHeapType ? "<class>" : owner.name) + "." + name;
    }

    /**
     * The key of a builtin function: its name for one of the builtins module, its module's and
     * its name for one of another module, the defining type's and its name for a method bound
     * to an instance or (a class method) to a class.
     */
    static String functionKey(String name, PyObject self) {
        if (self == null) {
            return name;
        }
        if (self instanceof PyModule m) {
            return "builtins".equals(m.name()) ? name : m.name() + "." + name;
        }
        PyType start = self instanceof PyType cls ? cls : self.type();
        for (PyType type : start.mro()) {
            if (type.getDict().getItem(PyStr.intern(name)) != null) {
                return memberKey(type, name);
            }
        }
        return null;
    }

    /** __doc__ and __text_signature__ getters keyed as {@code key} says. */
    static void declareGetters(PyType t, java.util.function.Function<PyObject, String> key) {
        t.getter("__doc__", self -> {
            String k = key.apply(self);
            return k == null ? PyNone.NONE : doc(k);
        });
        t.getter("__text_signature__", self -> {
            String k = key.apply(self);
            return k == null ? PyNone.NONE : textSignature(k);
        });
    }

    /**
     * {@code object.__doc__} as instances see it: their type's docstring. CPython finds that in
     * each builtin type's own dict; gilpy's builtin types answer {@code __doc__} from the table
     * instead, so an instance of one finds this in object's dict. A non-data descriptor, so
     * that a function's or a module's own {@code __doc__} stays theirs.
     */
    static final class InstanceDoc extends PyObject {
        static final PyType TYPE = PyType.builtin("instance_doc_descriptor", PyBaseObject.TYPE, t -> {
            t.isBaseType = false;
            t.isDescriptor = true;
            t.method("__repr__", self -> PyStr.of("<attribute '__doc__' of 'object' objects>"));
        });

        static {
            TYPE.isDescriptor = true;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject descrGet(PyObject obj, PyType type) {
            return Abstract.getAttr(obj == null ? type : obj.type(), Names.__doc__);
        }
    }

    private static PyObject orNone(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }
}

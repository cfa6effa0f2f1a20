package org.gilpy.embed;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.script.Bindings;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * A module's globals seen from Java: a live map from names to values, converted on every read
 * and write (so a list read from it is a copy; assign it back to change the global). It is the
 * JSR-223 {@link Bindings} of the gilpy script engine. Only names that are strings appear.
 */
public final class Globals extends AbstractMap<String, Object> implements Bindings {
    final PythonInterpreter owner;
    final PyDict dict;

    Globals(PythonInterpreter owner, PyDict dict) {
        this.owner = owner;
        this.dict = dict;
    }

    /** The interpreter whose module these globals are. */
    public PythonInterpreter interpreter() {
        return owner;
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        return owner.enter(conv -> {
            PyObject v = dict.getItem(PyStr.of(s));
            return v == null ? null : conv.toJava(v);
        });
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && owner.enter(conv -> dict.contains(PyStr.of(s)));
    }

    @Override
    public Object put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        return owner.enter(conv -> {
            PyStr key = PyStr.of(name);
            PyObject old = dict.getItem(key);
            dict.setItem(key, conv.toPython(value));
            return old == null ? null : conv.toJava(old);
        });
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> values) {
        owner.enter(conv -> {
            for (Map.Entry<? extends String, ? extends Object> e : values.entrySet()) {
                dict.setItem(PyStr.of(Objects.requireNonNull(e.getKey(), "name")), conv.toPython(e.getValue()));
            }
            return null;
        });
    }

    @Override
    public Object remove(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        return owner.enter(conv -> {
            PyStr key = PyStr.of(s);
            PyObject old = dict.getItem(key);
            if (old == null) {
                return null;
            }
            dict.delItem(key);
            return conv.toJava(old);
        });
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<Map.Entry<String, Object>> snapshot = owner.enter(conv -> {
                    List<Map.Entry<String, Object>> entries = new ArrayList<>();
                    for (Map.Entry<PyObject, PyObject> e : dict.entries()) {
                        if (e.getKey() instanceof PyStr k) {
                            entries.add(new SimpleEntry<>(k.value, conv.toJava(e.getValue())));
                        }
                    }
                    return entries.iterator();
                });
                return new Iterator<>() {
                    private Map.Entry<String, Object> last;

                    @Override
                    public boolean hasNext() {
                        return snapshot.hasNext();
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        last = snapshot.next();
                        return last;
                    }

                    @Override
                    public void remove() {
                        Globals.this.remove(last.getKey());
                    }
                };
            }

            @Override
            public int size() {
                return owner.enter(conv -> {
                    int n = 0;
                    for (Map.Entry<PyObject, PyObject> e : dict.entries()) {
                        n += e.getKey() instanceof PyStr ? 1 : 0;
                    }
                    return n;
                });
            }
        };
    }
}

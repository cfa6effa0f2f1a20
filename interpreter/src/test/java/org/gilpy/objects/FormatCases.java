package org.gilpy.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;

/**
 * Shared machinery of the text-formatting tables checked against CPython 3.11 ({@link
 * FormatIntTest}, {@link FormatFloatTest}, {@link FormatFloatRoundingTest}, {@link FormatStrTest},
 * {@link PercentFormatTest}, {@link StrFormatTest}): value builders, the expected-error marker and
 * one adder per formatting entry point, each turning a case into a {@link DynamicTest}. Every
 * expected string (and every expected error, as "Type: message") was printed by python3.11 for the
 * same input; the tables are generated.
 *
 * <p>JUnit makes a fresh instance per factory method, so {@link #tests} holds one table's cases
 * and the "#n" in a case's name is its position within that table.
 */
abstract class FormatCases {
    static final String ERR = "\u0000raises ";

    final List<DynamicTest> tests = new ArrayList<>();

    static String err(String message) {
        return ERR + message;
    }

    static PyInt i(String digits) {
        return PyInt.of(new BigInteger(digits));
    }

    static PyInt b(boolean v) {
        return PyBool.of(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyObject none() {
        return PyNone.NONE;
    }

    static PyList list(PyObject... items) {
        return new PyList(items);
    }

    static PyTuple tup(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyDict dict(PyObject... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) {
            d.setItem(kv[k], kv[k + 1]);
        }
        return d;
    }

    static String[] kw(String... names) {
        return names;
    }

    static String show(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('\'').toString();
    }

    void add(String name, String expected, Supplier<String> fn) {
        tests.add(DynamicTest.dynamicTest(name, () -> {
            if (expected.startsWith(ERR)) {
                PyException e = assertThrows(PyException.class, fn::get);
                assertEquals(expected.substring(ERR.length()), e.getMessage());
            } else {
                assertEquals(expected, fn.get());
            }
        }));
    }

    void fi(PyInt v, String spec, String expected) {
        add("format(" + v.bigValue() + ", " + show(spec) + ")", expected, () -> Formatter.formatInt(v, spec));
    }

    void ff(double v, String spec, String expected) {
        add("format(" + v + ", " + show(spec) + ")", expected, () -> Formatter.formatFloat(v, spec));
    }

    void fs(String v, String spec, String expected) {
        add("format(" + show(v) + ", " + show(spec) + ")", expected, () -> Formatter.formatStr(v, spec));
    }

    void pc(String template, PyObject args, String expected) {
        add(show(template) + " % " + args.type().name + " #" + tests.size(), expected,
                () -> PercentFormat.format(template, args));
    }

    void sf(String template, PyObject[] args, String[] kwnames, String expected) {
        add(show(template) + ".format(...) #" + tests.size(), expected,
                () -> StrFormat.format(template, args, kwnames));
    }

    void fm(String template, PyObject mapping, String expected) {
        add(show(template) + ".format_map(...) #" + tests.size(), expected,
                () -> StrFormat.formatMap(template, mapping));
    }
}

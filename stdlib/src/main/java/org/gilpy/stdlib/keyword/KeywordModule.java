package org.gilpy.stdlib.keyword;

import java.util.Set;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/** The {@code keyword} module: Python 3.11's keywords and soft keywords. */
public final class KeywordModule implements ModuleDef {
    private static final String[] KEYWORDS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"
    };
    private static final String[] SOFT_KEYWORDS = {"_", "case", "match"};
    private static final Set<String> KEYWORD_SET = Set.of(KEYWORDS);
    private static final Set<String> SOFT_SET = Set.of(SOFT_KEYWORDS);

    @Override
    public String name() {
        return "keyword";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("keyword");
        m.put("kwlist", list(KEYWORDS)).put("softkwlist", list(SOFT_KEYWORDS));
        m.put("__all__", list(new String[] {"iskeyword", "issoftkeyword", "kwlist", "softkwlist"}));
        m.function("iskeyword", Builtin.of("iskeyword", (self, s) -> PyBool.of(s instanceof PyStr str
                && str.getClass() == PyStr.class && KEYWORD_SET.contains(str.value))));
        m.function("issoftkeyword", Builtin.of("issoftkeyword", (self, s) -> PyBool.of(s instanceof PyStr str
                && str.getClass() == PyStr.class && SOFT_SET.contains(str.value))));
        return m;
    }

    private static PyList list(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return new PyList(items);
    }
}

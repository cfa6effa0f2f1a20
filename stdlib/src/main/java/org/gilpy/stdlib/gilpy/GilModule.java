package org.gilpy.stdlib.gilpy;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.GilStats;
import org.gilpy.vm.Interpreter;

/**
 * {@code gilpy.gil}: the GIL statistics of the running interpreter (process), as
 * {@code -X gil_stats} prints them at exit. stats() returns plain dicts, times in seconds;
 * format_stats() the printed table.
 */
public final class GilModule implements ModuleDef {
    @Override
    public String name() {
        return "gilpy.gil";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gilpy.gil");
        m.put("__doc__", PyStr.of("What the GIL did so far: stats() per thread, format_stats() as -X gil_stats prints it."));
        m.function("stats", Builtin.of("stats", self -> toDict(interp.gilStats())));
        m.function("format_stats", Builtin.of("format_stats", self -> PyStr.of(interp.gilStats().format())));
        return m;
    }

    private static PyDict toDict(GilStats stats) {
        PyDict d = new PyDict();
        d.put("pid", PyInt.of(stats.pid()));
        d.put("interpreter", PyInt.of(stats.interpreterId()));
        d.put("switch_interval", new PyFloat(stats.switchInterval()));
        List<PyObject> threads = new ArrayList<>();
        for (GilStats.ThreadStats t : stats.threads()) {
            threads.add(toDict(t));
        }
        d.put("threads", new PyList(threads));
        d.put("total", toDict(stats.total()));
        return d;
    }

    private static PyDict toDict(GilStats.ThreadStats t) {
        PyDict d = new PyDict();
        d.put("name", PyStr.of(t.name()));
        d.put("ident", PyInt.of(t.ident()));
        d.put("state", PyStr.of(t.state() == null ? "" : t.state().name().toLowerCase(java.util.Locale.ROOT)));
        d.put("lifetime", seconds(t.lifetime()));
        d.put("held", seconds(t.held()));
        d.put("waited", seconds(t.waited()));
        d.put("blocked", seconds(t.blocked()));
        d.put("acquisitions", PyInt.of(t.acquisitions()));
        d.put("switches", PyInt.of(t.switches()));
        d.put("drop_requests_made", PyInt.of(t.dropRequestsMade()));
        d.put("drop_requests_obeyed", PyInt.of(t.dropRequestsObeyed()));
        d.put("longest_wait", seconds(t.longestWait()));
        return d;
    }

    private static PyObject seconds(long nanos) {
        return new PyFloat(nanos / 1e9);
    }
}

package org.gilpy.stdlib.multiprocessing;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.spi.ModuleDef;
import org.gilpy.stdlib.os.ProcessIds;
import org.gilpy.vm.ChildProcess;
import org.gilpy.vm.Interpreter;

/**
 * {@code _multiprocessing}: what the {@code multiprocessing} package (Python, in gilpy's
 * library) needs from Java. Processes: {@code fork(entry, name)} starts a child interpreter as a
 * copy of this one running {@code entry()}, {@code spawn(entry_module, entry_function, args,
 * name)} starts a fresh one that imports what it needs. Objects shared between processes: the
 * semaphore under every lock ({@link PySemLock}), message channels for queues and pipes
 * ({@link PyChannel}, {@link PyConnection}) and shared C values ({@link PySharedArray}); a forked
 * child shares them with its parent, and a handle number lets them travel in pickles.
 */
public final class MultiprocessingModule implements ModuleDef {
    @Override
    public String name() {
        return "_multiprocessing";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_multiprocessing");
        m.put("flags", new org.gilpy.objects.PyDict());
        m.put("SemLock", PySemLock.TYPE);
        m.put("RECURSIVE_MUTEX", PyInt.of(PySemLock.RECURSIVE_MUTEX));
        m.put("SEMAPHORE", PyInt.of(PySemLock.SEMAPHORE));
        m.put("SEM_VALUE_MAX", PyInt.of(Integer.MAX_VALUE));
        m.function("fork", Builtin.of("fork", (self, entry, name) -> new PyProcessHandle(ChildProcess.fork(interp,
                entry, Abstract.str(name).value, child -> ProcessIds.assignChild(child, interp)))));
        m.function("spawn", (self, args, kw) -> spawn(interp, args));
        m.function("semlock", Builtin.of("semlock", (self, kind, value, max) -> new PySemLock(
                (int) Abstract.indexInt(kind).bigValue().longValue(), (int) Abstract.indexInt(value).bigValue().longValue(),
                (int) Abstract.indexInt(max).bigValue().longValue())));
        m.function("channel", Builtin.of("channel", (self, maxsize) -> new PyChannel(
                (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, Abstract.indexInt(maxsize).bigValue().longValue())))));
        m.function("pipe", Builtin.of("pipe", (self, duplex) -> {
            PyConnection[] ends = PyConnection.pipe(duplex.isTrue());
            return PyTuple.of(ends[0], ends[1]);
        }));
        m.function("shared_array", Builtin.of("shared_array", (self, code, length) -> new PySharedArray(
                Abstract.str(code).value, (int) Abstract.indexInt(length).bigValue().longValue())));
        m.function("handle", Builtin.of("handle", (self, o) -> PyInt.of(Handles.of(o))));
        m.function("rebuild", Builtin.of("rebuild", (self, h) -> Handles.get(Abstract.indexInt(h).bigValue().longValue())));
        return m;
    }

    /**
     * spawn(module, function, payload, name): a fresh child interpreter that imports module and
     * calls module.function(payload) as its main program (multiprocessing.spawn's entry point
     * receives the pickled process object as payload).
     */
    private static PyObject spawn(Interpreter parent, PyObject[] args) {
        Builtin.range("spawn", args, 4, 4);
        String module = Abstract.str(args[0]).value;
        PyStr function = PyStr.of(Abstract.str(args[1]).value);
        byte[] payload = ((org.gilpy.objects.PyBytes) args[2]).bytes;
        parent.stdout.flushQuietly();
        parent.stderr.flushQuietly();
        Interpreter child = ChildProcess.newChildInterpreter(parent);
        ProcessIds.assignChild(child, parent);
        ChildProcess p = ChildProcess.start(parent, child, Abstract.str(args[3]).value, c -> {
            PyObject entry = c.importer.importModule(module).getAttribute(function);
            PyObject data = new org.gilpy.objects.PyBytes(payload);
            return new org.gilpy.objects.PyBuiltinFunction("spawn_main", (s, a, k) -> Abstract.call(entry, data), null);
        });
        return new PyProcessHandle(p);
    }
}

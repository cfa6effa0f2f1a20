package org.gilpy.stdlib.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gilpy.objects.Names;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StructSeq;
import org.gilpy.vm.Interpreter;

/**
 * {@code os.stat_result}: ten integer sequence fields (the times truncated to seconds) and, as
 * attributes only, the float times, the nanosecond times, st_blksize, st_blocks and st_rdev.
 */
final class StatResult {
    private StatResult() {}

    static final PyType TYPE = create();

    private static PyType create() {
        PyType t = StructSeq.newType("os.stat_result", "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                "st_size", "st_atime", "st_mtime", "st_ctime");
        t.setAttr(Names.__slots__, null);
        for (String name : new String[] {"st_atime", "st_mtime", "st_ctime"}) {
            t.setAttr(PyStr.intern(name), null);
        }
        t.setAttr(PyStr.intern("n_fields"), PyInt.of(19));
        t.setAttr(PyStr.intern("n_unnamed_fields"), PyInt.of(3));
        return t;
    }

    static PyTuple stat(Interpreter interp, String path, boolean follow) {
        Path p = PathArgs.resolve(interp, path);
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            return of(Files.readAttributes(p, "unix:*", opts));
        } catch (IOException e) {
            throw PathArgs.error(e, path, null);
        }
    }

    static PyTuple of(Map<String, Object> a) {
        long size = ((Number) a.get("size")).longValue();
        FileTime atime = (FileTime) a.get("lastAccessTime");
        FileTime mtime = (FileTime) a.get("lastModifiedTime");
        FileTime ctime = (FileTime) a.get("ctime");
        PyTuple t = StructSeq.make(TYPE, PyInt.of(((Number) a.get("mode")).longValue()),
                PyInt.of(((Number) a.get("ino")).longValue()), PyInt.of(((Number) a.get("dev")).longValue()),
                PyInt.of(((Number) a.get("nlink")).longValue()), PyInt.of(((Number) a.get("uid")).longValue()),
                PyInt.of(((Number) a.get("gid")).longValue()), PyInt.of(size),
                PyInt.of(Math.floorDiv(nanos(atime), 1_000_000_000L)), PyInt.of(Math.floorDiv(nanos(mtime), 1_000_000_000L)),
                PyInt.of(Math.floorDiv(nanos(ctime), 1_000_000_000L)));
        PyDict d = t.getDict();
        put(d, "st_atime", atime);
        put(d, "st_mtime", mtime);
        put(d, "st_ctime", ctime);
        d.put("st_blksize", PyInt.of(4096));
        d.put("st_blocks", PyInt.of((size + 511) / 512));
        d.put("st_rdev", PyInt.of(((Number) a.getOrDefault("rdev", 0L)).longValue()));
        return t;
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    private static void put(PyDict d, String name, FileTime t) {
        long ns = nanos(t);
        d.put(name, new PyFloat(Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9));
        d.put(name + "_ns", PyInt.of(ns));
    }
}

package org.gilpy.stdlib.time;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.Builtin;
import org.gilpy.objects.PyModule;
import org.gilpy.spi.ModuleDef;
import org.gilpy.vm.Interpreter;

/**
 * {@code _strptime}: the parser behind time.strptime, with the parts a struct_time drops (the %f
 * microseconds and those of a %z offset), which datetime.strptime needs.
 */
public final class StrptimeModule implements ModuleDef {
    @Override
    public String name() {
        return "_strptime";
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_strptime");
        m.function("_strptime", (self, args, kw) -> {
            Builtin.noKeywords("_strptime", kw);
            Builtin.range("_strptime", args, 1, 2);
            String format = args.length == 2 ? Abstract.strArg(args[1], "_strptime") : "%a %b %d %H:%M:%S %Y";
            return Strptime.parseParts(Abstract.strArg(args[0], "_strptime"), format);
        });
        return m;
    }
}

package org.gilpy.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Span;

/** Collects the parameters of a def or lambda in order, checking them as CPython does. */
final class ParamsBuilder {
    private final SourceInfo src;
    private final List<Arg> posonly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Arg vararg;
    private Arg kwarg;
    private boolean seenSlash;
    private boolean seenStar;
    private Span bareStar;

    ParamsBuilder(SourceInfo src) {
        this.src = src;
    }

    private void notAfterKwarg(Span at) {
        if (kwarg != null) {
            throw src.error("arguments cannot follow var-keyword argument", at);
        }
    }

    void plain(Arg arg, Expr dflt, Span at) {
        notAfterKwarg(at);
        bareStar = null;
        if (seenStar) {
            kwonly.add(arg);
            kwDefaults.add(dflt);
            return;
        }
        if (dflt != null) {
            defaults.add(dflt);
        } else if (!defaults.isEmpty()) {
            throw src.error("non-default argument follows default argument", at);
        }
        args.add(arg);
    }

    void slash(Span at) {
        notAfterKwarg(at);
        if (seenSlash) {
            throw src.error("/ may appear only once", at);
        }
        if (seenStar) {
            throw src.error("/ must be ahead of *", at);
        }
        if (args.isEmpty()) {
            throw src.error("at least one argument must precede /", at);
        }
        seenSlash = true;
        posonly.addAll(args);
        args.clear();
    }

    void star(Arg arg, Span at, Span starToken) {
        notAfterKwarg(at);
        if (seenStar) {
            throw src.error("* argument may appear only once", starToken);
        }
        seenStar = true;
        vararg = arg;
        bareStar = arg == null ? at : null;
    }

    void kwarg(Arg arg, Span at) {
        notAfterKwarg(at);
        if (bareStar != null) {
            throw src.error("named arguments must follow bare *", bareStar);
        }
        kwarg = arg;
    }

    Arguments build() {
        if (bareStar != null) {
            throw src.error("named arguments must follow bare *", bareStar);
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                Collections.unmodifiableList(new ArrayList<>(kwDefaults)), kwarg, List.copyOf(defaults));
    }
}

package org.gilpy.ast;

import java.util.List;

/**
 * A function's parameter list. {@code defaults} belong to the last positional parameters
 * (posonly then regular); {@code kwDefaults} is parallel to {@code kwonlyargs}, null where a
 * keyword-only parameter has no default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}

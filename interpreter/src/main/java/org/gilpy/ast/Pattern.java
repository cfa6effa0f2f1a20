package org.gilpy.ast;

import java.util.List;

/** The patterns of a {@code case} (PEP 634), named as in CPython's {@code ast} module. */
public sealed interface Pattern extends Node {
    /** A literal or a dotted name, matched by {@code ==}. */
    record MatchValue(Span at, Expr value) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, matched by {@code is}. */
    record MatchSingleton(Span at, Object value) implements Pattern {}

    /** {@code [p, *rest, q]} or {@code (p, q)}: at most one {@link MatchStar}. */
    record MatchSequence(Span at, List<Pattern> patterns) implements Pattern {}

    /** {@code {key: p, **rest}}; rest is null when absent. */
    record MatchMapping(Span at, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    /** {@code cls(p, name=q)}: positional patterns, then the keyword attributes and their patterns. */
    record MatchClass(Span at, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}

    /** {@code *name} in a sequence pattern; name is null for {@code *_}. */
    record MatchStar(Span at, String name) implements Pattern {}

    /**
     * {@code pattern as name}, a bare capture {@code name} (pattern null) or the wildcard
     * {@code _} (both null).
     */
    record MatchAs(Span at, Pattern pattern, String name) implements Pattern {
        public boolean isWildcard() {
            return pattern == null && name == null;
        }
    }

    record MatchOr(Span at, List<Pattern> patterns) implements Pattern {}
}

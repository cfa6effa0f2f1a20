package org.gilpy.stdlib.re;

import java.util.List;

/**
 * A Python regular expression as {@link RegexParser} reads it: the syntax tree that
 * {@link JavaRegex} turns into a java.util.regex pattern. Flags that change meaning inside a
 * pattern ({@code (?i:...)}) stay as {@link Scoped} nodes, so the translation decides what
 * {@code .}, {@code ^} or {@code \w} mean where they occur.
 */
sealed interface RegexNode {
    /** One code point. */
    record Literal(int codePoint) implements RegexNode {}

    /** {@code .}: any character but newline, or any at all under DOTALL. */
    record Any() implements RegexNode {}

    record Anchor(AnchorKind kind) implements RegexNode {}

    /** A bracketed set, or a lone category escape such as {@code \d} (a one-item set). */
    record CharSet(boolean negated, List<SetItem> items) implements RegexNode {}

    record Sequence(List<RegexNode> items) implements RegexNode {}

    record Alternation(List<RegexNode> branches) implements RegexNode {}

    /** A capturing group, numbered from 1 as Python numbers them. */
    record Group(int index, RegexNode body) implements RegexNode {}

    /** {@code (?:...)}, with the flags it turns on and off ({@code (?i-s:...)}), possibly none. */
    record Scoped(int addFlags, int delFlags, RegexNode body) implements RegexNode {}

    /** {@code (?>...)}. */
    record Atomic(RegexNode body) implements RegexNode {}

    record Repeat(RegexNode body, long min, long max, Greed greed) implements RegexNode {}

    record Lookaround(boolean behind, boolean negated, RegexNode body) implements RegexNode {}

    record Backref(int group) implements RegexNode {}

    /** {@code (?(group)yes|no)}; no is null when absent. */
    record Conditional(int group, RegexNode yes, RegexNode no) implements RegexNode {}

    enum AnchorKind { BEGINNING, BEGINNING_STRING, END, END_STRING, BOUNDARY, NON_BOUNDARY }

    enum Greed { GREEDY, LAZY, POSSESSIVE }

    enum Category { DIGIT, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD }

    /** A member of a character set. */
    sealed interface SetItem {}

    record Single(int codePoint) implements SetItem {}

    record Range(int lo, int hi) implements SetItem {}

    record CategoryItem(Category category) implements SetItem {}
}

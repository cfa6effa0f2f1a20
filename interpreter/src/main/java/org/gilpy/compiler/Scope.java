package org.gilpy.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gilpy.ast.Node;
import org.gilpy.ast.Span;

/**
 * The symbol table of one block (CPython's {@code symtable entry}): a module, a class body, or a
 * function (def, lambda, or comprehension). {@link Symtable} fills in the flags while walking
 * the AST, then decides each name's {@link Binding}.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** Where a name lives, as CPython's symtable scopes; decides LOAD_FAST/DEREF/GLOBAL/NAME. */
    public enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    // Flags of a name in one block, as CPython's DEF_* bits.
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    /** A class-body name that methods also see as free (so the class passes the cell through). */
    static final int DEF_FREE_CLASS = 32;
    static final int DEF_IMPORT = 64;
    static final int DEF_ANNOT = 128;
    /** A comprehension's iteration variable (a walrus may not rebind it). */
    static final int DEF_COMP_ITER = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public final Kind kind;
    /** The block's name: module "top", the class or function name, "lambda", "listcomp"... */
    public final String name;
    /** The defining node (null for the module). */
    public final Node node;
    public final Scope parent;
    /** Null unless this is a comprehension: "list comprehension", "generator expression"... */
    final String comprehension;

    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new HashMap<>();
    /** Parameter names in slot order: positional-only, positional, keyword-only, *args, **kwargs. */
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Where each global/nonlocal (or walrus-implied) declaration was made, for error locations. */
    final Map<String, Span> directives = new HashMap<>();

    boolean generator;
    /** An async def, or a comprehension that awaits (with a generator: an async generator). */
    boolean coroutine;
    boolean nested;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassClosure;
    boolean compIterTarget;
    int compIterExpr;

    Scope(Kind kind, String name, Node node, Scope parent, String comprehension) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.comprehension = comprehension;
    }

    /** How {@code name} (already mangled) is bound here, or null when the block never mentions it. */
    public Binding binding(String name) {
        return bindings.get(name);
    }

    int flagsOf(String name) {
        return flags.getOrDefault(name, 0);
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean isNested() {
        return nested;
    }

    public boolean isComprehension() {
        return comprehension != null;
    }

    /** A class body whose methods use {@code super()} or {@code __class__}: it owns a {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    public List<String> params() {
        return Collections.unmodifiableList(params);
    }

    /** Cell variables, sorted by name (a class's implicit {@code __class__} cell included). */
    public List<String> cellvars() {
        TreeSet<String> cells = new TreeSet<>();
        bindings.forEach((n, b) -> {
            if (b == Binding.CELL) {
                cells.add(n);
            }
        });
        if (needsClassClosure) {
            cells.add("__class__");
        }
        return new ArrayList<>(cells);
    }

    /** Free variables, sorted by name: names bound in an enclosing function, passed in as cells. */
    public List<String> freevars() {
        TreeSet<String> free = new TreeSet<>();
        bindings.forEach((n, b) -> {
            if (b == Binding.FREE || (flagsOf(n) & DEF_FREE_CLASS) != 0) {
                free.add(n);
            }
        });
        return new ArrayList<>(free);
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + bindings;
    }
}

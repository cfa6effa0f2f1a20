package org.gilpy.compiler;

import static org.gilpy.compiler.Scope.Binding.CELL;
import static org.gilpy.compiler.Scope.Binding.FREE;
import static org.gilpy.compiler.Scope.Binding.GLOBAL_EXPLICIT;
import static org.gilpy.compiler.Scope.Binding.GLOBAL_IMPLICIT;
import static org.gilpy.compiler.Scope.Binding.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilpy.parser.Mode;
import org.gilpy.parser.Parser;
import org.gilpy.parser.PySyntaxError;
import org.junit.jupiter.api.Test;

/** Scope decisions of {@link Symtable}, checked against what CPython 3.11's symtable module reports. */
class SymtableTest {
    private static Scope top(String src) {
        return Symtable.build(Parser.parse(src, "t.py", Mode.EXEC), "t.py", src).top();
    }

    /** The scope reached by following child names from the module, e.g. {@code find(top, "f", "g")}. */
    private static Scope find(Scope s, String... path) {
        for (String name : path) {
            Scope next = null;
            for (Scope child : s.children()) {
                if (child.name.equals(name)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                throw new AssertionError("no child " + name + " in " + s);
            }
            s = next;
        }
        return s;
    }

    private static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> top(src));
    }

    @Test
    void closureVariableIsCellOutsideAndFreeInside() {
        Scope t = top("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
        Scope f = find(t, "f");
        Scope g = find(t, "f", "g");
        assertEquals(CELL, f.binding("x"));
        assertEquals(LOCAL, f.binding("g"));
        assertEquals(FREE, g.binding("x"));
        assertEquals(List.of("x"), f.cellvars());
        assertEquals(List.of("x"), g.freevars());
        assertTrue(g.isNested());
        assertFalse(f.isNested());
    }

    @Test
    void freeVariablePassesThroughIntermediateFunction() {
        Scope t = top("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n");
        assertEquals(CELL, find(t, "f").binding("x"));
        assertEquals(FREE, find(t, "f", "g").binding("x"));
        assertEquals(List.of("x"), find(t, "f", "g").freevars());
        assertEquals(FREE, find(t, "f", "g", "h").binding("x"));
    }

    @Test
    void parameterCanBeCell() {
        Scope t = top("def f(a, b):\n    return lambda: b\n");
        Scope f = find(t, "f");
        assertEquals(LOCAL, f.binding("a"));
        assertEquals(CELL, f.binding("b"));
        assertEquals(List.of("a", "b"), f.params());
        assertEquals(FREE, find(t, "f", "lambda").binding("b"));
    }

    @Test
    void globalsExplicitAndImplicit() {
        Scope t = top("def f():\n    global g\n    g = len(y)\ng = 0\n");
        Scope f = find(t, "f");
        assertEquals(GLOBAL_EXPLICIT, f.binding("g"));
        assertEquals(GLOBAL_IMPLICIT, f.binding("len"));
        assertEquals(GLOBAL_IMPLICIT, f.binding("y"));
        // A global declaration anywhere marks the module's own name too (STORE_GLOBAL there).
        assertEquals(GLOBAL_EXPLICIT, t.binding("g"));
        assertEquals(LOCAL, t.binding("f"));
    }

    @Test
    void nonlocalRebindsEnclosingVariable() {
        Scope t = top("def f():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n");
        assertEquals(CELL, find(t, "f").binding("n"));
        assertEquals(FREE, find(t, "f", "inc").binding("n"));
    }

    @Test
    void classBodyIsSkippedForMethods() {
        Scope t = top("class C:\n    a = 1\n    def m(self):\n        return a\n");
        assertEquals(LOCAL, find(t, "C").binding("a"));
        assertEquals(GLOBAL_IMPLICIT, find(t, "C", "m").binding("a"));
    }

    @Test
    void classBodyReadingFunctionVariableIsFree() {
        Scope t = top("def f():\n    y = 1\n    class C:\n        z = y\n    return C\n");
        assertEquals(CELL, find(t, "f").binding("y"));
        assertEquals(FREE, find(t, "f", "C").binding("y"));
        assertEquals(LOCAL, find(t, "f", "C").binding("z"));
    }

    @Test
    void classLocalAlsoFreeForItsMethod() {
        Scope t = top("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
        Scope c = find(t, "f", "C");
        assertEquals(LOCAL, c.binding("x"));
        assertEquals(List.of("x"), c.freevars(), "the class passes f's cell x on to m");
        assertEquals(FREE, find(t, "f", "C", "m").binding("x"));
        assertEquals(CELL, find(t, "f").binding("x"));
    }

    @Test
    void superCreatesClassCell() {
        Scope t = top("class C(B):\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
        Scope c = find(t, "C");
        assertTrue(c.needsClassClosure());
        assertEquals(List.of("__class__"), c.cellvars());
        assertEquals(FREE, find(t, "C", "m").binding("__class__"));
        assertEquals(GLOBAL_IMPLICIT, find(t, "C", "m").binding("super"));
        assertNull(find(t, "C", "n").binding("__class__"));
    }

    @Test
    void explicitDunderClassAlsoCreatesCell() {
        Scope t = top("class C:\n    def m(self):\n        return __class__\n");
        assertTrue(find(t, "C").needsClassClosure());
        assertEquals(FREE, find(t, "C", "m").binding("__class__"));
    }

    @Test
    void superOutsideClassIsJustGlobal() {
        Scope t = top("def f(self):\n    return super()\n");
        assertEquals(GLOBAL_IMPLICIT, find(t, "f").binding("__class__"));
    }

    @Test
    void comprehensionIsOwnScopeWithFirstIterableOutside() {
        Scope t = top("def f(xs, k):\n    return [x * k for x in xs for y in x]\n");
        Scope f = find(t, "f");
        Scope comp = find(t, "f", "listcomp");
        assertTrue(comp.isComprehension());
        assertEquals(List.of(".0"), comp.params());
        assertEquals(LOCAL, comp.binding("x"));
        assertEquals(LOCAL, comp.binding("y"));
        assertEquals(FREE, comp.binding("k"));
        assertNull(comp.binding("xs"), "the first iterable is evaluated in f");
        assertEquals(LOCAL, f.binding("xs"));
        assertEquals(CELL, f.binding("k"));
        assertNull(f.binding("x"));
    }

    @Test
    void generatorExpressionIsGenerator() {
        Scope t = top("g = (i for i in range(3))\n");
        assertTrue(find(t, "genexpr").isGenerator());
        assertFalse(top("l = [i for i in range(3)]\n").children().get(0).isGenerator());
    }

    @Test
    void walrusInComprehensionBindsInEnclosingFunction() {
        Scope t = top("def f(xs):\n    if any((hit := x) > 1 for x in xs):\n        return hit\n");
        assertEquals(CELL, find(t, "f").binding("hit"));
        assertEquals(FREE, find(t, "f", "genexpr").binding("hit"));
        assertEquals(LOCAL, find(t, "f", "genexpr").binding("x"));
    }

    @Test
    void walrusInModuleLevelComprehensionIsGlobal() {
        Scope t = top("[last := i for i in range(3)]\n");
        assertEquals(GLOBAL_EXPLICIT, find(t, "listcomp").binding("last"));
        assertEquals(GLOBAL_EXPLICIT, t.binding("last"));
    }

    @Test
    void lambdaDefaultsBelongToEnclosingScope() {
        Scope t = top("def f(a):\n    return lambda b=a: a + b\n");
        Scope lam = find(t, "f", "lambda");
        assertEquals(LOCAL, lam.binding("b"));
        assertEquals(FREE, lam.binding("a"));
        assertEquals(CELL, find(t, "f").binding("a"));
    }

    @Test
    void privateNamesAreMangledInClass() {
        Scope t = top("class C:\n    __x = 1\n    def m(self, __y):\n        return __y, self.__x\n");
        assertEquals(LOCAL, find(t, "C").binding("_C__x"));
        assertNull(find(t, "C").binding("__x"));
        assertEquals(List.of("self", "_C__y"), find(t, "C", "m").params());
        assertEquals("_C__x", Symtable.mangle("C", "__x"));
        assertEquals("_C__x", Symtable.mangle("__C", "__x"));
        assertEquals("__x__", Symtable.mangle("C", "__x__"));
        assertEquals("__x", Symtable.mangle("___", "__x"));
    }

    @Test
    void importsBindFirstComponent() {
        Scope t = top("def f():\n    import os.path\n    import a.b as c\n    from m import n as o\n");
        Scope f = find(t, "f");
        assertEquals(LOCAL, f.binding("os"));
        assertEquals(LOCAL, f.binding("c"));
        assertEquals(LOCAL, f.binding("o"));
        assertNull(f.binding("a"));
    }

    @Test
    void exceptNameAndLoopTargetsAreLocal() {
        Scope f = find(top("def f():\n    for i in x:\n        pass\n    try:\n        pass\n    except E as e:\n"
                + "        pass\n    with m as w:\n        pass\n"), "f");
        assertEquals(LOCAL, f.binding("i"));
        assertEquals(LOCAL, f.binding("e"));
        assertEquals(LOCAL, f.binding("w"));
        assertEquals(GLOBAL_IMPLICIT, f.binding("E"));
    }

    @Test
    void annotationOnlyNameIsLocalInFunction() {
        Scope f = find(top("def f():\n    x: int\n    return x\n"), "f");
        assertEquals(LOCAL, f.binding("x"));
        assertEquals(GLOBAL_IMPLICIT, f.binding("int"));
    }

    @Test
    void yieldMakesGenerator() {
        Scope t = top("def g():\n    yield 1\ndef h():\n    return 1\nl = lambda: (yield)\n");
        assertTrue(find(t, "g").isGenerator());
        assertFalse(find(t, "h").isGenerator());
        assertTrue(find(t, "lambda").isGenerator());
    }

    // ---- errors: CPython's messages, with line, 1-based offset and the line's text ----

    @Test
    void usedPriorToGlobalDeclaration() {
        PySyntaxError e = error("def f():\n    print(x)\n    global x\n");
        assertEquals("name 'x' is used prior to global declaration", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(5, e.offset);
        assertNull(e.text, "t.py is no file, and CPython's compiler reads the line from the file");
        assertEquals("t.py", e.filename);
    }

    @Test
    void assignedBeforeGlobalDeclaration() {
        PySyntaxError e = error("def f():\n    x = 1\n    global x\n");
        assertEquals("name 'x' is assigned to before global declaration", e.msg);
        assertEquals(3, e.lineno);
    }

    @Test
    void parameterAndGlobal() {
        PySyntaxError e = error("def f(x):\n    global x\n");
        assertEquals("name 'x' is parameter and global", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
    }

    @Test
    void parameterAndNonlocal() {
        assertEquals("name 'x' is parameter and nonlocal", error("def f(x):\n    nonlocal x\n").msg);
    }

    @Test
    void nonlocalAtModuleLevel() {
        PySyntaxError e = error("y = 1\nnonlocal x\n");
        assertEquals("nonlocal declaration not allowed at module level", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(1, e.offset);
        assertEquals("name 'x' is assigned to before nonlocal declaration", error("x = 1\nnonlocal x\n").msg);
    }

    @Test
    void noBindingForNonlocal() {
        PySyntaxError e = error("def f():\n    def g():\n        nonlocal x\n");
        assertEquals("no binding for nonlocal 'x' found", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(9, e.offset);
        assertNull(e.text, "t.py is no file, and CPython's compiler reads the line from the file");
        // A class's names do not count as bindings for nonlocal.
        assertEquals("no binding for nonlocal 'y' found",
                error("class C:\n    y = 1\n    def m(self):\n        nonlocal y\n").msg);
    }

    @Test
    void nonlocalAndGlobal() {
        assertEquals("name 'x' is nonlocal and global",
                error("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n").msg);
    }

    @Test
    void duplicateArgument() {
        PySyntaxError e = error("def f(a, b, a):\n    pass\n");
        assertEquals("duplicate argument 'a' in function definition", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(13, e.offset);
        PySyntaxError lambda = error("f = lambda x, *x: 0\n");
        assertEquals("duplicate argument 'x' in function definition", lambda.msg);
        assertEquals(16, lambda.offset);
    }

    @Test
    void returnAndYieldOutsideFunction() {
        PySyntaxError r = error("x = 1\nreturn x\n");
        assertEquals("'return' outside function", r.msg);
        assertEquals(2, r.lineno);
        assertEquals(1, r.offset);
        PySyntaxError inClass = error("class C:\n    return 1\n");
        assertEquals("'return' outside function", inClass.msg);
        assertEquals(5, inClass.offset);
        assertEquals("'yield' outside function", error("yield 1\n").msg);
        assertEquals("'yield' outside function", error("class C:\n    x = yield\n").msg);
    }

    @Test
    void awaitAndAsyncStatementsNeedAnAsyncFunction() {
        assertEquals("'await' outside function", error("await x\n").msg);
        assertEquals("'await' outside function", error("class C:\n    await x\n").msg);
        assertEquals("'await' outside async function", error("def f():\n    await x\n").msg);
        assertEquals("'await' outside async function", error("async def f():\n    lambda: await x\n").msg);
        assertEquals("'async for' outside async function", error("async for x in y: pass\n").msg);
        assertEquals("'async with' outside async function", error("def f():\n    async with a: pass\n").msg);
        assertEquals("'yield from' inside async function", error("async def f():\n    yield from x\n").msg);
        PySyntaxError comp = error("def f():\n    return [await x for x in y]\n");
        assertEquals("asynchronous comprehension outside of an asynchronous function", comp.msg);
        assertEquals(12, comp.offset);
    }

    @Test
    void asyncScopes() {
        Scope t = top("async def c():\n    await x\nasync def ag():\n    yield 1\n"
                + "def g():\n    return (x async for x in y)\nasync def h():\n    return [[await z for z in x] for x in y]\n");
        assertTrue(find(t, "c").isCoroutine());
        assertFalse(find(t, "c").isGenerator());
        assertTrue(find(t, "ag").isCoroutine());
        assertTrue(find(t, "ag").isGenerator());
        Scope genexp = find(t, "g", "genexpr");
        assertTrue(genexp.isCoroutine() && genexp.isGenerator(), "an async generator expression");
        assertFalse(find(t, "g").isCoroutine(), "making an async genexpr does not await");
        assertTrue(find(t, "h", "listcomp").isCoroutine(), "awaits its inner comprehension");
        assertTrue(find(t, "h", "listcomp", "listcomp").isCoroutine());
    }

    @Test
    void yieldInsideComprehension() {
        PySyntaxError e = error("def f():\n    return [(yield x) for x in y]\n");
        assertEquals("'yield' inside list comprehension", e.msg);
        assertEquals(14, e.offset);
        assertEquals("'yield' inside generator expression", error("def f():\n    return ((yield x) for x in y)\n").msg);
    }

    @Test
    void walrusErrors() {
        PySyntaxError rebind = error("def f():\n    return [i := 0 for i in range(3)]\n");
        assertEquals("assignment expression cannot rebind comprehension iteration variable 'i'", rebind.msg);
        assertEquals(13, rebind.offset);
        PySyntaxError iterable = error("def f():\n    return [x for x in (y := [1])]\n");
        assertEquals("assignment expression cannot be used in a comprehension iterable expression", iterable.msg);
        assertEquals(25, iterable.offset);
        PySyntaxError inClass = error("class C:\n    l = [(z := i) for i in range(3)]\n");
        assertEquals("assignment expression within a comprehension cannot be used in a class body", inClass.msg);
        assertEquals(11, inClass.offset);
    }

    @Test
    void importStarOnlyAtModuleLevel() {
        PySyntaxError e = error("def f():\n    from m import *\n");
        assertEquals("import * only allowed at module level", e.msg);
        assertEquals(19, e.offset);
    }

    @Test
    void annotatedGlobal() {
        assertEquals("annotated name 'x' can't be global", error("def f():\n    global x\n    x: int = 1\n").msg);
    }
}

package org.gilpy.ast;

import java.util.List;

/** The roots: a module (file, -c), one interactive statement (REPL), or an expression (eval). */
public sealed interface Mod {
    record Module(List<Stmt> body) implements Mod {}

    record Interactive(List<Stmt> body) implements Mod {}

    record Expression(Expr body) implements Mod {}
}

package org.gilpy.ast;

/** Binary arithmetic operators, in CPython's {@code NB_*} order (the BINARY_OP argument). */
public enum Operator {
    ADD("+"), BITAND("&"), FLOORDIV("//"), LSHIFT("<<"), MATMULT("@"), MULT("*"), MOD("%"),
    BITOR("|"), POW("**"), RSHIFT(">>"), SUB("-"), DIV("/"), BITXOR("^");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}

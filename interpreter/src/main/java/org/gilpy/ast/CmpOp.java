package org.gilpy.ast;

/** Comparison operators; the first six are COMPARE_OP's argument in CPython's order. */
public enum CmpOp {
    LT("<"), LTE("<="), EQ("=="), NOTEQ("!="), GT(">"), GTE(">="),
    IS("is"), ISNOT("is not"), IN("in"), NOTIN("not in");

    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}

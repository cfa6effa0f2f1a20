package org.gilpy.ast;

public enum BoolOperator { AND, OR }

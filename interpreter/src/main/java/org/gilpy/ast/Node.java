package org.gilpy.ast;

/** Any node of gilpy's own syntax tree. Every node knows where it came from. */
public interface Node {
    Span at();
}

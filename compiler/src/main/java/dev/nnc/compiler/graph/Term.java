package dev.nnc.compiler.graph;

/**
 * One operand of an activation's formula as TeX: a symbol ({@code net_{h1}}) or a number, which
 * writes its own negation and parenthesises itself as a factor when it needs to.
 */
public interface Term {
    /** The operand as it stands: {@code net_{h1}}, {@code 0.3775}. */
    String tex();

    /** Minus the operand: {@code -net_{h1}}, {@code -0.3775}, and {@code 0.5} for {@code -0.5}. */
    String negated();

    /** The operand as a factor or base: a negative number in parentheses. */
    String factor();
}

package dev.nnc.compiler.graph;

/**
 * How an activation or its derivative reads in TeX, in terms of the neuron's net input, its output
 * and the activation's parameter. Explain writes it once with symbols and once with the numbers.
 *
 * @param positive the expression; for a piecewise formula, where the net input is greater than 0
 * @param otherwise for a piecewise formula, the expression elsewhere; else the same as {@code positive}
 */
public record Formula(Kind kind, Expression positive, Expression otherwise) {
    /** The shapes a formula comes in. */
    public enum Kind {
        /** {@code out = net}: the linear activation. */
        IDENTITY,
        /** One expression for every net input. */
        SMOOTH,
        /** One expression where the net input is greater than 0, another elsewhere. */
        PIECEWISE
    }

    /** A TeX expression of the net input, the output and the parameter. */
    @FunctionalInterface
    public interface Expression {
        String tex(Term net, Term out, Term parameter);
    }

    /** The identity. */
    public static final Formula IDENTITY = new Formula(Kind.IDENTITY, (net, out, p) -> net.tex(), (net, out, p) -> net.tex());

    static Formula smooth(Expression expression) {
        return new Formula(Kind.SMOOTH, expression, expression);
    }

    static Formula piecewise(Expression positive, Expression otherwise) {
        return new Formula(Kind.PIECEWISE, positive, otherwise);
    }

    /** The expression that holds at net input {@code net}. */
    public Expression at(double net) {
        return net > 0 ? positive : otherwise;
    }
}

package dev.nnc.compiler.graph;

/** The operations of the scalar expression graph. */
public enum Op {
    /** A number; its value is the node's {@code value}. */
    CONST(0),
    /** Input {@code index} (0-based), after standardisation when the network normalizes. */
    INPUT(0),
    /** Target {@code index} (0-based). */
    TARGET(0),
    /** Parameter {@code index} (0-based, weights then biases). */
    PARAM(0),
    /**
     * dL/d(out_k) of a segment's last layer, {@code k = index}, computed by the loop layer after the
     * segment: where reverse mode starts in a segment that does not end with the loss.
     */
    UPSTREAM(0),
    ADD(2),
    SUB(2),
    MUL(2),
    DIV(2),
    NEG(1),
    EXP(1),
    LOG(1),
    TANH(1),
    /** {@code Math.sqrt(x)}: adam's step. */
    SQRT(1),
    SIGMOID(1),
    /** {@code ln(1 + e^x)}, computed without overflow (softplus, and the stable bce loss). */
    SOFTPLUS(1),
    /** {@code max(a, b)}; carries no gradient (it only stabilises softmax, which ignores shifts). */
    MAX(2),
    /** {@code min(a, b)}; carries no gradient (it only bounds rprop's steps). */
    MIN(2),
    /** {@code x > 0 ? a : b} with args (x, a, b): the piecewise activations and their derivatives. */
    SELECT(3);

    private final int arity;

    Op(int arity) {
        this.arity = arity;
    }

    /** Number of arguments. */
    public int arity() {
        return arity;
    }

    /** Whether the node is a leaf (no arguments). */
    public boolean isLeaf() {
        return arity == 0;
    }
}

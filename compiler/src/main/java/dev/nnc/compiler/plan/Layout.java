package dev.nnc.compiler.plan;

/**
 * How a loop layer keeps its weights in one flat array. Each layout makes two of the three passes
 * over the weights straight {@code axpy} loops, which the JIT vectorises, and the third a dot
 * product per row, computed for several rows at once so that their sums run in parallel (each sum
 * still adds its terms in the language's order, so results do not change).
 */
public enum Layout {
    /**
     * {@code w[i * size + j]} is input i to neuron j: the forward pass and the weight gradient are
     * axpy over neurons; passing the gradient back to the inputs is a dot product per input. Best
     * for the first layer, which passes nothing back, and for layers wider than their input.
     */
    INPUT_MAJOR,
    /**
     * {@code w[j * fanIn + i]} (the language's numbering): the weight gradient and passing the
     * gradient back are axpy over inputs; the forward pass is a dot product per neuron. Best for
     * layers narrower than their input that pass the gradient back.
     */
    NEURON_MAJOR
}

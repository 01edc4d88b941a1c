package dev.nnc.runtime;

/**
 * One dense layer of a {@link GenericMlp}: its size, activation (with the slope {@code alpha} of
 * {@code leaky_relu}, ignored otherwise), how its biases are laid out and whether they are frozen.
 */
public record LayerShape(int size, Activation activation, double alpha, BiasMode biasMode, boolean biasFrozen) {
    public LayerShape {
        if (size < 1) {
            throw new IllegalArgumentException("layer size < 1: " + size);
        }
        if (activation == null || biasMode == null) {
            throw new NullPointerException("activation and bias mode are required");
        }
    }

    /** A layer with the language's default bias: one per neuron, trainable. */
    public static LayerShape of(int size, Activation activation) {
        return new LayerShape(size, activation, 0.0, BiasMode.PER_NEURON, false);
    }

    /** How many weights this layer has when fed by {@code fanIn} values. */
    public int weightCount(int fanIn) {
        return size * fanIn;
    }

    /** How many bias parameters this layer has. */
    public int biasCount() {
        return biasMode.count(size);
    }
}

package dev.nnc.compiler.model;

import dev.nnc.runtime.Activation;
import dev.nnc.runtime.LayerShape;
import java.util.List;

/**
 * A checked dense layer: {@code size} neurons named {@code name1..nameN} fed by {@code fanIn}
 * sources, with their initial weights in numbering order (destination outer, source inner), so
 * {@code weights.get(j * fanIn + i)} is source i to neuron j. {@code alpha} is leaky_relu's slope
 * (0 otherwise). {@code line} is the layer's line in the source file.
 */
public record Layer(String name, int size, int fanIn, Activation activation, double alpha, Bias bias,
                    Strategy strategy, List<Double> weights, int line) {
    public Layer {
        weights = List.copyOf(weights);
        if (weights.size() != size * fanIn) {
            throw new IllegalArgumentException("layer " + name + ": " + weights.size() + " weights for "
                    + size + "x" + fanIn);
        }
    }

    /** The initial weight from source {@code source} to neuron {@code neuron} (both 0-based). */
    public double weight(int neuron, int source) {
        return weights.get(neuron * fanIn + source);
    }

    /** The layer as the runtime describes one: size, activation, slope and bias. */
    public LayerShape shape() {
        return new LayerShape(size, activation, alpha, bias.mode(), bias.frozen());
    }
}

package dev.nnc.runtime;

import java.util.List;

/**
 * A network's architecture in one line, as weights files record it: what the parameters mean. Two
 * networks with the same architecture compute the same function of the same parameters, whatever
 * their layers are called; weights saved from one fit the other.
 *
 * <p>For example {@code "4 inputs -> 8 tanh -> 3 softmax; loss cross_entropy"} or
 * {@code "2 inputs -> 3 leaky_relu(0.1) bias shared -> 2 linear bias none; loss half_sse"}: the
 * input width (and {@code normalize}), then each layer's size, activation (with leaky_relu's slope)
 * and bias unless it is one per neuron, then the loss. Frozen biases, the optimizer and the initial
 * weights are how a network is trained, not what it computes, and are left out; input
 * standardisation has its own entry in a weights file.
 */
public final class Architecture {
    private Architecture() {
    }

    /** The architecture of a network with {@code inputs} inputs and these layers and loss. */
    public static String of(int inputs, List<LayerShape> layers, Loss loss) {
        StringBuilder s = new StringBuilder().append(inputs).append(inputs == 1 ? " input" : " inputs");
        for (LayerShape layer : layers) {
            s.append(" -> ").append(layer.size()).append(' ').append(layer.activation().spelling());
            if (layer.activation().parameterised()) {
                s.append('(').append(layer.alpha()).append(')');
            }
            if (layer.biasMode() != BiasMode.PER_NEURON) {
                s.append(" bias ").append(layer.biasMode() == BiasMode.SHARED ? "shared" : "none");
            }
        }
        return s.append("; loss ").append(loss.spelling()).toString();
    }
}

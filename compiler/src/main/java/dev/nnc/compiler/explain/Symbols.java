package dev.nnc.compiler.explain;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.BiasMode;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The names of one network's quantities, in LaTeX the way the tutorials write them
 * ({@code net_{h1}}, {@code out_{o1}}, {@code \delta_{o1}}, {@code w_{5}}), with the parameter
 * numbering of the language. (What the generated code calls them is in its symbol table; see
 * {@link CodeIndex}.)
 */
final class Symbols {
    /** The sample's loss, named as in the generated code. */
    static final String LOSS = "E_{total}";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9]+");

    private final Network model;

    Symbols(Network model) {
        this.model = model;
    }

    Network model() {
        return model;
    }

    /** {@code \frac{\partial of}{\partial by}}. */
    static String partial(String of, String by) {
        return "\\frac{\\partial " + of + "}{\\partial " + by + "}";
    }

    /** A name from the {@code .nn} file as a LaTeX identifier; one with underscores goes in text mode. */
    static String id(String name) {
        return PLAIN.matcher(name).matches() ? name : "\\text{" + name + "}";
    }

    /** Neuron {@code j} (0-based) of layer {@code layer} as the file names it: {@code h1}. */
    String neuron(int layer, int j) {
        return model.layers().get(layer).name() + (j + 1);
    }

    String input(int i) {
        return id(model.input().name()) + "_{" + (i + 1) + "}";
    }

    String target(int k) {
        return "t_{" + (k + 1) + "}";
    }

    String net(int layer, int j) {
        return "net_{" + id(neuron(layer, j)) + "}";
    }

    String out(int layer, int j) {
        return "out_{" + id(neuron(layer, j)) + "}";
    }

    String delta(int layer, int j) {
        return "\\delta_{" + id(neuron(layer, j)) + "}";
    }

    /** What feeds layer {@code layer} as its source {@code i}: an input or the previous layer's output. */
    String source(int layer, int i) {
        return layer == 0 ? input(i) : out(layer - 1, i);
    }

    /** Parameter {@code p} (0-based, weights then biases): {@code w_{5}}, {@code b_{1}}. */
    String param(int p) {
        int weights = model.weightCount();
        return p < weights ? "w_{" + (p + 1) + "}" : "b_{" + (p - weights + 1) + "}";
    }

    /** Parameter {@code p}'s name in the language's numbering, as a subscript: {@code w5}, {@code b1}. */
    String paramName(int p) {
        int weights = model.weightCount();
        return p < weights ? "w" + (p + 1) : "b" + (p - weights + 1);
    }

    /** The parameter number of the weight from source {@code i} to neuron {@code j} of {@code layer}. */
    int weight(int layer, int j, int i) {
        Layer l = model.layers().get(layer);
        return model.weightOffset(layer) + j * l.fanIn() + i;
    }

    /** The parameter number of neuron {@code j}'s bias in {@code layer}, if it has one. */
    OptionalInt bias(int layer, int j) {
        BiasMode mode = model.layers().get(layer).bias().mode();
        if (mode == BiasMode.NONE) {
            return OptionalInt.empty();
        }
        int first = model.weightCount() + model.biasOffset(layer);
        return OptionalInt.of(mode == BiasMode.SHARED ? first : first + j);
    }
}

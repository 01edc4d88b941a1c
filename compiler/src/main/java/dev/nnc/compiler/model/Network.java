package dev.nnc.compiler.model;

import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.TrainingPlan;
import java.util.List;
import java.util.Optional;

/**
 * A checked network: everything the back end needs, with every default filled in and every
 * initial weight resolved (explicit or from the seeded initialiser).
 *
 * @param sourceName the file name the network came from, for comments in generated code
 */
public record Network(String name, String sourceName, Input input, List<Layer> layers, Loss loss,
                      OptimizerSettings optimizer, TrainingPlan training,
                      Optional<DataSource> data, Optional<DataSource> test) {
    public Network {
        layers = List.copyOf(layers);
    }

    /** The output layer. */
    public Layer output() {
        return layers.get(layers.size() - 1);
    }

    /** Total number of weights, w1..wN. */
    public int weightCount() {
        return layers.stream().mapToInt(l -> l.weights().size()).sum();
    }

    /** Total number of biases, b1..bM. */
    public int biasCount() {
        return layers.stream().mapToInt(l -> l.bias().initial().size()).sum();
    }

    /** The 0-based number of layer {@code index}'s first weight (w1 is 0). */
    public int weightOffset(int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += layers.get(i).weights().size();
        }
        return offset;
    }

    /** The 0-based number of layer {@code index}'s first bias (b1 is 0). */
    public int biasOffset(int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += layers.get(i).bias().initial().size();
        }
        return offset;
    }
}

package dev.nnc.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A checked {@code weights init}: scheme, its parameters (p, q: a, b for uniform, mean, std for
 * normal, 0 otherwise) and seed. Without the statement a network uses {@link #DEFAULT}, xavier
 * with seed 0.
 */
public record Initializer(InitScheme scheme, double p, double q, long seed) {
    /** What a network without {@code weights init} uses. */
    public static final Initializer DEFAULT = new Initializer(InitScheme.XAVIER, 0.0, 0.0, 0L);

    /** The generator every layer of one network draws from, in weight-numbering order. */
    public Random newRandom() {
        return new Random(seed);
    }

    /** The initial weights of a layer of {@code size} neurons and {@code fanIn} sources, in numbering order. */
    public List<Double> weights(Random random, int fanIn, int size) {
        List<Double> weights = new ArrayList<>(size * fanIn);
        for (int neuron = 0; neuron < size; neuron++) {
            for (int source = 0; source < fanIn; source++) {
                weights.add(scheme.draw(random, p, q, fanIn, size));
            }
        }
        return weights;
    }
}

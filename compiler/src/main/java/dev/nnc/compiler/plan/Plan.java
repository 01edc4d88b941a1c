package dev.nnc.compiler.plan;

import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * How a network's code is laid out: one {@link LayerPlan} per layer. Consecutive unrolled layers
 * form one stage (one expression graph, differentiated together); each loop layer is a stage of
 * its own.
 */
public record Plan(Network network, List<LayerPlan> layers) {
    public Plan {
        layers = List.copyOf(layers);
        if (layers.size() != network.layers().size()) {
            throw new IllegalArgumentException("one plan per layer");
        }
    }

    /** A run of layers {@code first..last} (inclusive) emitted together. */
    public record Stage(int first, int last, Strategy strategy) {
        public boolean unrolled() {
            return strategy == Strategy.UNROLL;
        }
    }

    /** Whether every layer is unrolled (the whole network is one graph). */
    public boolean allUnrolled() {
        return layers.stream().allMatch(LayerPlan::unrolled);
    }

    /** The plan of layer {@code index}. */
    public LayerPlan layer(int index) {
        return layers.get(index);
    }

    /** The stages, in layer order. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        int l = 0;
        while (l < layers.size()) {
            if (!layers.get(l).unrolled()) {
                stages.add(new Stage(l, l, Strategy.LOOP));
                l++;
                continue;
            }
            int first = l;
            while (l + 1 < layers.size() && layers.get(l + 1).unrolled()) {
                l++;
            }
            stages.add(new Stage(first, l, Strategy.UNROLL));
            l++;
        }
        return stages;
    }
}

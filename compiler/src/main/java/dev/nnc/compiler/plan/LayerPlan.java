package dev.nnc.compiler.plan;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Strategy;

/**
 * The code chosen for one layer: {@link Strategy#UNROLL} (scalar fields, straight-line equations)
 * or {@link Strategy#LOOP} (arrays and loops, weights in {@code layout}), and why.
 *
 * @param index the layer's position in the network (0 is the first hidden layer)
 * @param layout how a loop layer stores its weights; {@code null} for unrolled layers
 */
public record LayerPlan(Layer layer, int index, Strategy strategy, Layout layout, String reason) {
    public LayerPlan {
        if (strategy == Strategy.AUTO) {
            throw new IllegalArgumentException("a plan resolves every layer to unroll or loop");
        }
        if ((strategy == Strategy.LOOP) != (layout != null)) {
            throw new IllegalArgumentException("loop layers, and only they, have a layout");
        }
    }

    public boolean unrolled() {
        return strategy == Strategy.UNROLL;
    }
}

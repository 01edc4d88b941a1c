package dev.nnc.runtime;

import java.util.Arrays;
import java.util.List;

/** The language's parameter numbering for a stack of dense layers: names and which ones train. */
final class ParameterLayout {
    private ParameterLayout() {
    }

    static int weightCount(int inputs, List<LayerShape> layers) {
        int count = 0;
        int fanIn = inputs;
        for (LayerShape layer : layers) {
            count += layer.weightCount(fanIn);
            fanIn = layer.size();
        }
        return count;
    }

    static int biasCount(List<LayerShape> layers) {
        int count = 0;
        for (LayerShape layer : layers) {
            count += layer.biasCount();
        }
        return count;
    }

    /** {@code w1..wN} then {@code b1..bM}. */
    static String[] names(int inputs, List<LayerShape> layers) {
        int weights = weightCount(inputs, layers);
        int biases = biasCount(layers);
        String[] names = new String[weights + biases];
        for (int i = 0; i < weights; i++) {
            names[i] = "w" + (i + 1);
        }
        for (int i = 0; i < biases; i++) {
            names[weights + i] = "b" + (i + 1);
        }
        return names;
    }

    /** Every weight trains; a layer's biases train unless frozen. */
    static boolean[] trainable(int inputs, List<LayerShape> layers) {
        int weights = weightCount(inputs, layers);
        boolean[] trainable = new boolean[weights + biasCount(layers)];
        Arrays.fill(trainable, 0, weights, true);
        int index = weights;
        for (LayerShape layer : layers) {
            for (int b = 0; b < layer.biasCount(); b++) {
                trainable[index++] = !layer.biasFrozen();
            }
        }
        return trainable;
    }
}

package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random networks and samples for the tests. */
final class TestNetworks {
    static final Activation[] ELEMENT_WISE = {
        Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU};

    private TestNetworks() {
    }

    /** Initial parameters uniform in (-limit, limit). */
    static double[] uniform(Random random, int count, double limit) {
        double[] p = new double[count];
        for (int i = 0; i < count; i++) {
            p[i] = (2 * random.nextDouble() - 1) * limit;
        }
        return p;
    }

    /** Xavier-uniform weights layer by layer, zero biases. */
    static double[] xavier(Random random, int inputs, List<LayerShape> layers) {
        double[] p = new double[GenericMlp.parameterCount(inputs, layers)];
        int offset = 0;
        int fanIn = inputs;
        for (LayerShape layer : layers) {
            double limit = Math.sqrt(6.0 / (fanIn + layer.size()));
            for (int i = 0; i < fanIn * layer.size(); i++) {
                p[offset++] = (2 * random.nextDouble() - 1) * limit;
            }
            fanIn = layer.size();
        }
        return p;
    }

    static double[] vector(Random random, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * random.nextDouble();
        }
        return v;
    }

    static double[] oneHot(int n, int k) {
        double[] t = new double[n];
        t[k] = 1.0;
        return t;
    }

    /** A 3-4-3-3 network with the given hidden and output activations. */
    static List<LayerShape> threeLayers(Activation h1, Activation h2, Activation out, BiasMode bias, boolean frozen) {
        List<LayerShape> layers = new ArrayList<>();
        layers.add(new LayerShape(4, h1, 0.1, bias, frozen));
        layers.add(new LayerShape(3, h2, 0.2, bias, frozen));
        layers.add(new LayerShape(3, out, 0.3, bias, frozen));
        return layers;
    }
}

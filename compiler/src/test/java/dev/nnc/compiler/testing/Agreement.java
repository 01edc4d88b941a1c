package dev.nnc.compiler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.GenericMlp;
import dev.nnc.runtime.LayerShape;
import java.util.ArrayList;
import java.util.List;

/** Independent implementations to compare generated classes with, and how close is close. */
public final class Agreement {
    private Agreement() {
    }

    /** The runtime's generic array-based implementation of the same network. */
    public static GenericMlp genericMlp(Network model) {
        List<LayerShape> shapes = new ArrayList<>();
        List<Double> params = new ArrayList<>();
        for (Layer layer : model.layers()) {
            shapes.add(new LayerShape(layer.size(), layer.activation(), layer.alpha(), layer.bias().mode(),
                    layer.bias().frozen()));
            params.addAll(layer.weights());
        }
        model.layers().forEach(l -> params.addAll(l.bias().initial()));
        return new GenericMlp(model.name(), model.input().size(), shapes, model.loss(), model.optimizer(),
                model.input().normalize(), params.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Fails unless every element agrees to relative error {@code rel} (absolute near zero). */
    public static void assertClose(double[] expected, double[] actual, double rel, String what) {
        if (expected.length != actual.length) {
            fail(what + ": lengths " + expected.length + " and " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], rel, what + "[" + i + "]");
        }
    }

    /** Relative error {@code rel}, with an absolute floor of 1e-14 for values that cancel to about zero. */
    public static void assertClose(double expected, double actual, double rel, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        if (!(Math.abs(expected - actual) <= rel * scale + 1e-14)) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }
}

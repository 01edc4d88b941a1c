package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Initial weights are drawn exactly as the language page says, and the same seed gives the same weights. */
class InitializerTest {
    private static final String TWO_LAYERS = "network N { input i[3] layer h[4] tanh layer o[2] sigmoid loss mse %s }";

    private static Network net(String extra) {
        return Models.clean(String.format(TWO_LAYERS, extra));
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        for (String scheme : List.of("uniform(-1, 1)", "normal(0, 1)", "xavier", "he")) {
            String init = "weights init " + scheme + " seed = 42";
            assertEquals(net(init).layers(), net(init).layers(), scheme);
            assertNotEquals(net(init).layers(), net("weights init " + scheme + " seed = 43").layers(), scheme);
        }
    }

    @Test
    void uniformDrawsLayerByLayerDestinationOuter() {
        Network net = net("weights init uniform(-0.5, 2) seed = 5");
        Random random = new Random(5);
        for (Layer layer : net.layers()) {
            for (int neuron = 0; neuron < layer.size(); neuron++) {
                for (int source = 0; source < layer.fanIn(); source++) {
                    assertEquals(-0.5 + (2 - -0.5) * random.nextDouble(), layer.weight(neuron, source));
                }
            }
        }
    }

    @Test
    void normalIsMeanPlusStdTimesGaussian() {
        Network net = net("weights init normal(mean = 1, std = 0.25)");
        Random random = new Random(0);
        net.layers().forEach(l -> l.weights().forEach(w -> assertEquals(1 + 0.25 * random.nextGaussian(), w)));
    }

    @Test
    void layersWithExplicitWeightsDoNotDraw() {
        Network net = net("weights h = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] weights init he seed = 9");
        assertEquals(12.0, net.layers().get(0).weight(3, 2));
        Random random = new Random(9);
        double std = Math.sqrt(2.0 / 4);
        net.layers().get(1).weights().forEach(w -> assertEquals(std * random.nextGaussian(), w));
    }

    @Test
    void withoutInitTheWeightsAreXavierWithSeedZero() {
        assertEquals(net("weights init xavier seed = 0").layers(), net("").layers());
        Random random = new Random(0);
        for (Layer layer : net("").layers()) {
            double limit = Math.sqrt(6.0 / (layer.fanIn() + layer.size()));
            layer.weights().forEach(w -> assertEquals(-limit + (limit - -limit) * random.nextDouble(), w));
        }
    }

    @Test
    void xavierStaysWithinItsLimitAndFillsIt() {
        Network net = Models.clean("network N { input i[30] layer h[50] tanh loss mse weights init xavier seed = 3 }");
        double limit = Math.sqrt(6.0 / (30 + 50));
        DoubleSummaryStatistics stats = net.layers().get(0).weights().stream().mapToDouble(Double::doubleValue)
                .summaryStatistics();
        assertTrue(stats.getMax() < limit && stats.getMin() >= -limit, stats::toString);
        assertTrue(stats.getMax() > 0.95 * limit && stats.getMin() < -0.95 * limit, stats::toString);
    }

    @Test
    void heHasTheStandardDeviationOfItsFanIn() {
        Network net = Models.clean("network N { input i[50] layer h[200] relu loss mse weights init he seed = 1 }");
        List<Double> weights = net.layers().get(0).weights();
        double mean = weights.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = weights.stream().mapToDouble(w -> (w - mean) * (w - mean)).average().orElseThrow();
        assertEquals(Math.sqrt(2.0 / 50), Math.sqrt(variance), 0.01);
    }
}

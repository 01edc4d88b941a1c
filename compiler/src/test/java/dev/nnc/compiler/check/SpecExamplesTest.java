package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.model.CsvSource;
import dev.nnc.compiler.model.InlineData;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.TrainingPlan;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The four examples of the language page check into exactly the model they describe. */
class SpecExamplesTest {

    @Test
    void mazur() throws Exception {
        Network net = Models.clean(Models.SAMPLES.resolve("mazur.nn"));
        assertEquals("Mazur", net.name());
        assertEquals("i", net.input().name());
        assertEquals(2, net.input().size());
        assertFalse(net.input().normalize());
        Layer h = net.layers().get(0);
        Layer o = net.layers().get(1);
        assertEquals(List.of("h", "o"), List.of(h.name(), o.name()));
        assertEquals(List.of(0.15, 0.20, 0.25, 0.30), h.weights());
        assertEquals(List.of(0.40, 0.45, 0.50, 0.55), o.weights());
        assertEquals(0.20, h.weight(0, 1), "w2 = i2 -> h1");
        assertEquals(0.25, h.weight(1, 0), "w3 = i1 -> h2");
        assertEquals(2, o.fanIn());
        assertEquals(Activation.SIGMOID, h.activation());
        assertEquals(BiasMode.SHARED, h.bias().mode());
        assertEquals(List.of(0.35), h.bias().initial());
        assertTrue(h.bias().frozen());
        assertEquals(List.of(0.6), o.bias().initial());
        assertTrue(o.bias().frozen());
        assertEquals(Strategy.AUTO, h.strategy());
        assertEquals(4, h.line());
        assertEquals(Loss.HALF_SSE, net.loss());
        assertEquals(OptimizerSettings.sgd(0.5), net.optimizer());
        assertEquals(new TrainingPlan(1, 1, OptionalLong.empty()), net.training());
        Dataset data = assertInstanceOf(InlineData.class, net.data().orElseThrow()).dataset();
        assertEquals(1, data.size());
        assertEquals(0.05, data.input(0)[0]);
        assertEquals(0.99, data.target(0)[1]);
        assertTrue(net.test().isEmpty());
        assertEquals(8, net.weightCount());
        assertEquals(2, net.biasCount());
    }

    @Test
    void linear() throws Exception {
        Network net = Models.clean(Models.SAMPLES.resolve("linear.nn"));
        assertEquals(List.of(0.21, 0.56, 0.19, 0.02), net.layers().get(0).weights());
        assertEquals(List.of(0.23, 0.16), net.layers().get(1).weights());
        assertEquals(BiasMode.NONE, net.layers().get(0).bias().mode());
        assertEquals(0, net.biasCount());
        assertEquals(Activation.LINEAR, net.output().activation());
        assertEquals(0.05, net.optimizer().rate());
        assertEquals(2, net.training().epochs());
    }

    @Test
    void xorDrawsHeWeightsFromSeedSeven() throws Exception {
        Network net = Models.clean(Models.SAMPLES.resolve("xor.nn"));
        Random random = new Random(7);
        for (Layer layer : net.layers()) {
            double std = Math.sqrt(2.0 / layer.fanIn());
            for (double w : layer.weights()) {
                assertEquals(0.0 + std * random.nextGaussian(), w);
            }
        }
        assertEquals(new dev.nnc.compiler.model.Bias(BiasMode.PER_NEURON, Collections.nCopies(3, 0.5), false),
                net.layers().get(0).bias());
        assertEquals(Loss.BCE, net.loss());
        assertEquals(5000, net.training().epochs());
        assertEquals(4, ((InlineData) net.data().orElseThrow()).dataset().size());
    }

    @Test
    void irisReadsCsvNextToTheModel() throws Exception {
        Network net = Models.clean(Models.SAMPLES.resolve("iris.nn"));
        assertTrue(net.input().normalize());
        assertEquals(Activation.SOFTMAX, net.output().activation());
        assertEquals(Loss.CROSS_ENTROPY, net.loss());
        assertEquals(OptimizerSettings.defaults(OptimizerKind.ADAM).withRate(0.01), net.optimizer());
        assertEquals(new TrainingPlan(200, 8, OptionalLong.of(3)), net.training());
        CsvSource data = assertInstanceOf(CsvSource.class, net.data().orElseThrow());
        assertEquals(Models.SAMPLES.toAbsolutePath().normalize().resolve("iris-train.csv"), data.path());
        assertEquals("iris-train.csv", data.written());
        assertTrue(data.label());
        assertEquals(9, data.span().line());
        assertEquals(10, data.span().column());
        CsvSource test = assertInstanceOf(CsvSource.class, net.test().orElseThrow());
        assertEquals(Models.SAMPLES.toAbsolutePath().normalize().resolve("iris-test.csv"), test.path());
        double limit = Math.sqrt(6.0 / (4 + 8));
        assertTrue(net.layers().get(0).weights().stream().allMatch(w -> Math.abs(w) <= limit));
    }
}

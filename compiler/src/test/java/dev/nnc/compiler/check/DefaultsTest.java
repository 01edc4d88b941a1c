package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Bias;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.TrainingPlan;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What a network gets for everything it leaves out, and the less common ways of writing things. */
class DefaultsTest {
    private static final String MINIMAL = "network N { input i[2] layer o[3] sigmoid loss mse %s }";

    private static Network net(String extra) {
        return Models.clean(String.format(MINIMAL, extra));
    }

    @Test
    void aMinimalNetworkGetsTheLanguageDefaults() {
        Network net = net("");
        assertEquals(OptimizerSettings.sgd(0.1), net.optimizer());
        assertEquals(TrainingPlan.defaults(), net.training());
        assertEquals(new Bias(BiasMode.PER_NEURON, List.of(0.0, 0.0, 0.0), false), net.output().bias());
        assertEquals(Strategy.AUTO, net.output().strategy());
        assertEquals(true, net.data().isEmpty() && net.test().isEmpty());
        assertEquals("test.nn", net.sourceName());
    }

    @Test
    void precisionIsDoubleUnlessTheFileSaysFloat() {
        assertEquals(dev.nnc.compiler.model.Precision.DOUBLE, net("").precision());
        assertEquals(dev.nnc.compiler.model.Precision.DOUBLE, net("precision double").precision());
        assertEquals(dev.nnc.compiler.model.Precision.FLOAT, net("precision float").precision());
    }

    @Test
    void theSourceNameIsTheFileNameAlone() {
        String text = String.format(MINIMAL, "");
        assertEquals("model.nn", Frontend.analyze(new SourceFile("some/dir/model.nn", null, text)).value()
                .orElseThrow().sourceName());
        assertEquals("m.nn", Frontend.analyze(new SourceFile("C:\\work\\m.nn", null, text)).value()
                .orElseThrow().sourceName());
    }

    @Test
    void optimizersFillTheirDefaults() {
        assertEquals(OptimizerSettings.defaults(OptimizerKind.ADAM), net("optimizer adam").optimizer());
        assertEquals(OptimizerSettings.defaults(OptimizerKind.MOMENTUM).withRate(0.05),
                net("optimizer momentum(0.05)").optimizer());
        OptimizerSettings adam = net("optimizer adam(0.01, 0.8, beta2 = 0.99, eps = 1e-6)").optimizer();
        assertEquals(new OptimizerSettings(OptimizerKind.ADAM, 0.01, 0.9, 0.8, 0.99, 1e-6), adam);
        assertEquals(0.7, net("optimizer momentum(rate = 0.1, beta = 0.7)").optimizer().beta());
    }

    @Test
    void trainOptionsComeInAnyOrderAndShuffleDefaultsToSeedZero() {
        assertEquals(new TrainingPlan(1, 4, OptionalLong.of(0)), net("train batch = 4 shuffle").training());
        assertEquals(new TrainingPlan(0, 1, OptionalLong.of(-3)), net("train shuffle seed = -3 epochs = 0").training());
    }

    @Test
    void biasesAndStrategies() {
        Network net = Models.clean("network N { input i[2] layer p[2] leaky_relu(0.2) bias = 0.5 frozen loop "
                + "layer q[2] relu bias = [1, 2] unroll layer r[1] linear bias none loss mse }");
        Layer a = net.layers().get(0);
        assertEquals(Activation.LEAKY_RELU, a.activation());
        assertEquals(0.2, a.alpha());
        assertEquals(new Bias(BiasMode.PER_NEURON, List.of(0.5, 0.5), true), a.bias());
        assertEquals(Strategy.LOOP, a.strategy());
        assertEquals(List.of(1.0, 2.0), net.layers().get(1).bias().initial());
        assertEquals(Strategy.UNROLL, net.layers().get(1).strategy());
        assertEquals(Bias.none(), net.layers().get(2).bias());
        assertEquals(0.0, net.layers().get(1).alpha());
    }

    @Test
    void weightsPerLayerCombineWithTheInitialiser() {
        Network net = Models.clean("network N { input i[1] layer h[2] sigmoid layer o[1] sigmoid loss mse "
                + "weights o = [0.5, -0.5] weights init uniform(3, 3) }");
        assertEquals(List.of(3.0, 3.0), net.layers().get(0).weights());
        assertEquals(List.of(0.5, -0.5), net.layers().get(1).weights());
    }
}

package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GenericMlp's contract as a {@link Network}: updates, batch sums, normalisation, numerics. */
class GenericMlpTest {
    private static final List<LayerShape> LAYERS = List.of(
            new LayerShape(3, Activation.TANH, 0, BiasMode.PER_NEURON, false),
            new LayerShape(2, Activation.SIGMOID, 0, BiasMode.SHARED, false));
    private static final double[] X1 = {0.5, -1.0};
    private static final double[] T1 = {0.2, 0.9};
    private static final double[] X2 = {-0.3, 0.8};
    private static final double[] T2 = {0.7, 0.1};

    private static GenericMlp network(OptimizerSettings optimizer) {
        double[] initial = TestNetworks.uniform(new Random(11), GenericMlp.parameterCount(2, LAYERS), 1.0);
        return new GenericMlp("N", 2, LAYERS, Loss.MSE, optimizer, false, initial);
    }

    private static OptimizerSettings settings(OptimizerKind kind) {
        return new OptimizerSettings(kind, 0.05, 0.8, 0.85, 0.99, 1e-7);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void aCopyContinuesAsTheOriginalAndTrainsApartFromIt(OptimizerKind kind) {
        GenericMlp net = trainedStandardising(kind);
        net.accumulate(X1, T1); // pending in the original, not in the copy
        GenericMlp copy = net.copy();
        assertArrayEquals(net.parameters(), copy.parameters());
        assertArrayEquals(net.inputMean(), copy.inputMean());
        assertArrayEquals(net.inputStd(), copy.inputStd());
        assertEquals(kind == OptimizerKind.RPROP ? 0.0 : 0.02, copy.rate(), 0.0, "rprop has no rate");
        double[] y = new double[2];
        double[] yCopy = new double[2];
        net.predict(X2, y);
        copy.predict(X2, yCopy);
        assertArrayEquals(y, yCopy);

        double[] before = net.parameters();
        copy.train(X2, T2);
        assertArrayEquals(before, net.parameters(), "training the copy leaves the original alone");
        net.resetOptimizer();
        assertFalse(java.util.Arrays.equals(before, copy.parameters()), "the copy trained");
        if (kind != OptimizerKind.SGD) {
            // the same step from the original's state (without its pending sums) gives the copy's parameters;
            // from a reset state it would not
            GenericMlp again = trainedStandardising(kind);
            again.train(X2, T2);
            assertArrayEquals(again.parameters(), copy.parameters());
            net.train(X2, T2);
            assertFalse(java.util.Arrays.equals(copy.parameters(), net.parameters()), "a reset state steps otherwise");
        }
    }

    /** A network that standardises its inputs, at rate 0.02 after three updates of two samples. */
    private static GenericMlp trainedStandardising(OptimizerKind kind) {
        GenericMlp net = new GenericMlp("N", 2, LAYERS, Loss.MSE, settings(kind), true,
                TestNetworks.uniform(new Random(11), GenericMlp.parameterCount(2, LAYERS), 1.0));
        net.setInputNormalization(new double[] {0.5, -2}, new double[] {3, 0.25});
        net.setRate(0.02);
        for (int step = 0; step < 3; step++) {
            net.accumulate(X1, T1);
            net.accumulate(X2, T2);
            net.update(2);
        }
        return net;
    }

    @Test
    void layoutHasOneBiasPerNeuronOrPerLayer() {
        GenericMlp net = network(OptimizerSettings.sgd(0.1));
        assertEquals(6 + 6 + 3 + 1, net.parameterNames().length);
        assertEquals("w12", net.parameterNames()[11]);
        assertEquals("b1", net.parameterNames()[12]);
        assertEquals("b4", net.parameterNames()[15]);
        assertEquals(2, net.inputCount());
        assertEquals(2, net.outputCount());
        assertEquals(Loss.MSE, net.loss());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void batchUpdatesFollowTheSpecFormulas(OptimizerKind kind) {
        OptimizerSettings s = settings(kind);
        GenericMlp net = network(s);
        double[] p = net.parameters();
        double[] velocity = new double[p.length];
        double[] m = new double[p.length];
        double[] v = new double[p.length];
        double[] delta = new double[p.length];
        double[] previous = new double[p.length];
        java.util.Arrays.fill(delta, s.rprop().delta0());
        for (int step = 1; step <= 2; step++) {
            double[] g1 = new double[p.length];
            double[] g2 = new double[p.length];
            net.gradient(X1, T1, g1);
            net.gradient(X2, T2, g2);
            assertEquals(net.loss(X1, T1), net.accumulate(X1, T1), 0.0);
            net.accumulate(X2, T2);
            net.update(2);
            for (int i = 0; i < p.length; i++) {
                double g = (g1[i] + g2[i]) / 2;
                switch (kind) {
                    case SGD:
                        p[i] -= s.rate() * g;
                        break;
                    case MOMENTUM:
                        velocity[i] = s.beta() * velocity[i] + g;
                        p[i] -= s.rate() * velocity[i];
                        break;
                    case RPROP:
                        if (previous[i] * g > 0) {
                            delta[i] = Math.min(delta[i] * s.rprop().etaPlus(), s.rprop().deltaMax());
                            p[i] -= Math.signum(g) * delta[i];
                            previous[i] = g;
                        } else if (previous[i] * g < 0) {
                            delta[i] = Math.max(delta[i] * s.rprop().etaMinus(), s.rprop().deltaMin());
                            previous[i] = 0;
                        } else {
                            p[i] -= Math.signum(g) * delta[i];
                            previous[i] = g;
                        }
                        break;
                    default:
                        m[i] = s.beta1() * m[i] + (1 - s.beta1()) * g;
                        v[i] = s.beta2() * v[i] + (1 - s.beta2()) * g * g;
                        double mHat = m[i] / (1 - Math.pow(s.beta1(), step));
                        double vHat = v[i] / (1 - Math.pow(s.beta2(), step));
                        p[i] -= s.rate() * mHat / (Math.sqrt(vHat) + s.eps());
                }
            }
            assertArrayEquals(p, net.parameters(), 1e-15, kind + " step " + step);
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void weightDecayAddsLambdaTimesTheWeightToWeightGradientsOnly(OptimizerKind kind) {
        double lambda = 0.03;
        GenericMlp decayed = network(settings(kind).withWeightDecay(lambda));
        GenericMlp plain = network(settings(kind));
        double[] p = plain.parameters();
        double[] g = new double[p.length];
        plain.gradient(X1, T1, g);
        // the plain optimizer given g + lambda * w for weights must move exactly as the decayed one
        for (int i = 0; i < p.length; i++) {
            double sum = g[i];
            if (decayed.parameterNames()[i].startsWith("w")) {
                sum = (g[i] / 1 + lambda * p[i]) * 1;
            }
            g[i] = sum;
        }
        decayed.accumulate(X1, T1);
        decayed.update(1);
        Optimizer reference = Optimizers.create(settings(kind), 0, p.length);
        boolean[] all = new boolean[p.length];
        java.util.Arrays.fill(all, true);
        reference.apply(p, g, all, 1);
        assertArrayEquals(p, decayed.parameters(), 0.0, kind + " with weight decay");
        assertTrue(decayed.parameterNames()[p.length - 1].startsWith("b"), "the last parameter is a bias");
    }

    @Test
    void gradientLeavesBatchSumsAlone() {
        GenericMlp a = network(OptimizerSettings.sgd(0.5));
        GenericMlp b = network(OptimizerSettings.sgd(0.5));
        a.accumulate(X1, T1);
        a.gradient(X2, T2, new double[a.parameters().length]);
        a.update(1);
        b.accumulate(X1, T1);
        b.update(1);
        assertArrayEquals(b.parameters(), a.parameters(), 0.0);
    }

    @Test
    void accumulateDoesNotMoveParametersAndUpdateClearsTheSums() {
        GenericMlp net = network(OptimizerSettings.sgd(0.5));
        double[] before = net.parameters();
        net.accumulate(X1, T1);
        assertArrayEquals(before, net.parameters(), 0.0);
        net.update(1);
        double[] afterOne = net.parameters();
        assertFalse(java.util.Arrays.equals(before, afterOne));
        net.update(1);
        assertArrayEquals(afterOne, net.parameters(), 0.0, "nothing accumulated, nothing moves");
    }

    @Test
    void resetOptimizerForgetsSumsAndState() {
        GenericMlp fresh = network(settings(OptimizerKind.ADAM));
        GenericMlp reused = network(settings(OptimizerKind.ADAM));
        double[] start = reused.parameters();
        reused.train(X1, T1);
        reused.accumulate(X2, T2);
        reused.resetOptimizer();
        reused.setParameters(start);
        reused.train(X1, T1);
        fresh.train(X1, T1);
        assertArrayEquals(fresh.parameters(), reused.parameters(), 0.0);
    }

    @Test
    void rateCanChange() {
        GenericMlp net = network(OptimizerSettings.sgd(0.5));
        assertEquals(0.5, net.rate(), 0.0);
        net.setRate(0.0);
        double[] before = net.parameters();
        net.train(X1, T1);
        assertArrayEquals(before, net.parameters(), 0.0);
    }

    @Test
    void parametersAreCopies() {
        GenericMlp net = network(OptimizerSettings.sgd(0.5));
        double[] p = net.parameters();
        p[0] = 99;
        assertTrue(net.parameters()[0] != 99);
        net.setParameters(p);
        p[0] = 98;
        assertEquals(99, net.parameters()[0], 0.0);
        assertThrows(IllegalArgumentException.class, () -> net.setParameters(new double[3]));
    }

    @Test
    void normalisationStandardisesEveryPrediction() {
        double[] initial = TestNetworks.uniform(new Random(3), GenericMlp.parameterCount(2, LAYERS), 1.0);
        GenericMlp plain = new GenericMlp("P", 2, LAYERS, Loss.MSE, OptimizerSettings.sgd(0.1), false, initial);
        GenericMlp normalised = new GenericMlp("N", 2, LAYERS, Loss.MSE, OptimizerSettings.sgd(0.1), true, initial);
        assertTrue(normalised.normalizesInputs());
        assertFalse(plain.normalizesInputs());
        assertArrayEquals(new double[] {0, 0}, normalised.inputMean(), 0.0);
        assertArrayEquals(new double[] {1, 1}, normalised.inputStd(), 0.0);
        normalised.setInputNormalization(new double[] {0.5, 3.0}, new double[] {2.0, 0.0});
        assertArrayEquals(new double[] {2.0, 0.0}, normalised.inputStd(), 0.0);
        double[] expected = new double[2];
        double[] actual = new double[2];
        plain.predict(new double[] {(X1[0] - 0.5) / 2.0, X1[1] - 3.0}, expected); // std 0 only centres
        normalised.predict(X1, actual);
        assertArrayEquals(expected, actual, 0.0);
        double[] g1 = new double[initial.length];
        double[] g2 = new double[initial.length];
        plain.gradient(new double[] {(X1[0] - 0.5) / 2.0, X1[1] - 3.0}, T1, g1);
        normalised.gradient(X1, T1, g2);
        assertArrayEquals(g1, g2, 0.0);
    }

    @Test
    void fusedLossesEqualTheirTextbookFormulas() {
        Random random = new Random(8);
        List<LayerShape> sigmoid = List.of(new LayerShape(3, Activation.SIGMOID, 0, BiasMode.PER_NEURON, false));
        List<LayerShape> softmax = List.of(new LayerShape(3, Activation.SOFTMAX, 0, BiasMode.PER_NEURON, false));
        double[] initial = TestNetworks.uniform(random, 9, 2.0);
        GenericMlp bce = new GenericMlp("B", 2, sigmoid, Loss.BCE, OptimizerSettings.sgd(0.1), false, initial);
        GenericMlp ce = new GenericMlp("C", 2, softmax, Loss.CROSS_ENTROPY, OptimizerSettings.sgd(0.1), false, initial);
        double[] x = {0.4, -1.3};
        double[] t = {0.2, 0.0, 1.0};
        double[] y = new double[3];
        bce.predict(x, y);
        double expected = 0;
        for (int k = 0; k < 3; k++) {
            expected += t[k] * Math.log(y[k]) + (1 - t[k]) * Math.log(1 - y[k]);
        }
        assertEquals(-expected / 3, bce.loss(x, t), 1e-15);
        ce.predict(x, y);
        assertEquals(1.0, y[0] + y[1] + y[2], 1e-15);
        double[] oneHot = {0, 0, 1};
        assertEquals(-Math.log(y[2]), ce.loss(x, oneHot), 1e-15);
    }

    @Test
    void saturatedOutputsKeepFiniteLossesAndGradients() {
        List<LayerShape> sigmoid = List.of(new LayerShape(1, Activation.SIGMOID, 0, BiasMode.NONE, false));
        List<LayerShape> softmax = List.of(new LayerShape(2, Activation.SOFTMAX, 0, BiasMode.NONE, false));
        GenericMlp bce = new GenericMlp("B", 1, sigmoid, Loss.BCE, OptimizerSettings.sgd(0.1), false, new double[] {1});
        GenericMlp ce = new GenericMlp("C", 1, softmax, Loss.CROSS_ENTROPY, OptimizerSettings.sgd(0.1), false,
                new double[] {1, -1});
        double[] x = {800};
        assertEquals(800.0, bce.loss(x, new double[] {0}), 1e-9, "ln(1 - sigmoid(800)) = -800, not ln 0");
        assertEquals(1600.0, ce.loss(x, new double[] {0, 1}), 1e-9, "log-softmax, not ln 0");
        double[] g = new double[2];
        ce.gradient(x, new double[] {0, 1}, g);
        assertArrayEquals(new double[] {800, -800}, g, 1e-9);
    }

    @Test
    void rejectsMalformedNetworks() {
        List<LayerShape> hiddenSoftmax = List.of(LayerShape.of(2, Activation.SOFTMAX), LayerShape.of(1, Activation.LINEAR));
        assertThrows(IllegalArgumentException.class,
                () -> new GenericMlp("S", 1, hiddenSoftmax, Loss.MSE, OptimizerSettings.sgd(0.1), false, new double[7]));
        assertThrows(IllegalArgumentException.class,
                () -> new GenericMlp("W", 2, LAYERS, Loss.MSE, OptimizerSettings.sgd(0.1), false, new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new GenericMlp("E", 2, List.of(), Loss.MSE, OptimizerSettings.sgd(0.1), false, new double[0]));
    }

    @Test
    void trainingStepsAllocateNothing() {
        GenericMlp net = network(settings(OptimizerKind.ADAM));
        double[] y = new double[2];
        double[] g = new double[net.parameters().length];
        long bytes = Allocations.during(() -> {
            for (int i = 0; i < 10_000; i++) {
                net.train(X1, T1);
                net.accumulate(X2, T2);
                net.update(1);
                net.predict(X1, y);
                net.gradient(X2, T2, g);
            }
        });
        assertTrue(bytes < 1_000, "allocated " + bytes + " bytes in 10,000 steps");
    }

    private static Object sink;

    @Test
    void allocationCounterSeesAllocations() {
        long bytes = Allocations.during(() -> {
            for (int i = 0; i < 1000; i++) {
                sink = new double[100];
            }
        });
        assertTrue(bytes > 800_000, "counted " + bytes);
    }
}

package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GenericMlp's analytic gradients against central finite differences, for every combination. */
class GradientTest {
    /** Five-point differences with this step are accurate to about 1e-12 on these networks. */
    private static final double STEP = 5e-5;
    /** Gradients below this are compared absolutely: finite differences cannot resolve them relatively. */
    private static final double FLOOR = 1e-4;
    private static double worst;
    private static String worstCase = "";

    static Stream<Arguments> combinations() {
        List<Arguments> cases = new ArrayList<>();
        int n = 0;
        for (Activation out : Activation.values()) {
            for (Loss loss : Loss.values()) {
                boolean logLoss = loss == Loss.BCE || loss == Loss.CROSS_ENTROPY;
                if (logLoss && out != Activation.SIGMOID && out != Activation.SOFTMAX) {
                    continue; // ln y needs outputs in (0, 1)
                }
                for (BiasMode bias : BiasMode.values()) {
                    Activation h1 = TestNetworks.ELEMENT_WISE[n % 5];
                    Activation h2 = TestNetworks.ELEMENT_WISE[(n + 2) % 5];
                    cases.add(Arguments.of(h1, h2, out, loss, bias, n % 2 == 0, n));
                    n++;
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} {3} bias {4} normalize {5}")
    @MethodSource("combinations")
    void gradientMatchesCentralDifferences(Activation h1, Activation h2, Activation out, Loss loss, BiasMode bias,
            boolean normalize, int seed) {
        Random random = new Random(1000 + seed);
        List<LayerShape> layers = TestNetworks.threeLayers(h1, h2, out, bias, false);
        double[] initial = TestNetworks.uniform(random, GenericMlp.parameterCount(3, layers), 1.0);
        GenericMlp net = new GenericMlp("G", 3, layers, loss, OptimizerSettings.sgd(0.1), normalize, initial);
        if (normalize) {
            net.setInputNormalization(new double[] {0.5, -1, 2}, new double[] {2, 0, 0.5});
        }
        for (int sample = 0; sample < 3; sample++) {
            double[] x;
            double[] t;
            int tries = 0;
            do {
                assertTrue(tries++ < 20, "no sample away from the ReLU kinks");
                x = TestNetworks.vector(random, 3, -2, 2);
                t = target(random, out, loss);
            } while (!smoothAround(net, initial, x, t));
            double[] analytic = new double[initial.length];
            net.gradient(x, t, analytic);
            for (int p = 0; p < initial.length; p++) {
                double numeric = derivative(net, initial, p, x, t, STEP);
                double error = Math.abs(analytic[p] - numeric)
                        / Math.max(FLOOR, Math.max(Math.abs(analytic[p]), Math.abs(numeric)));
                record(error, net.parameterNames()[p] + " in " + h1 + "/" + h2 + "/" + out + " " + loss + " " + bias);
                int at = p;
                assertTrue(error < 1e-6, () -> net.parameterNames()[at] + ": analytic " + analytic[at]
                        + " numeric " + numeric + " error " + error);
            }
        }
    }

    private static double[] target(Random random, Activation out, Loss loss) {
        if (loss == Loss.CROSS_ENTROPY && out == Activation.SOFTMAX) {
            return TestNetworks.oneHot(3, random.nextInt(3)); // y - t assumes targets summing to 1
        }
        if (loss == Loss.BCE || loss == Loss.CROSS_ENTROPY) {
            return TestNetworks.vector(random, 3, 0.05, 0.95);
        }
        return TestNetworks.vector(random, 3, -1, 1);
    }

    /** dL/dp by the five-point central stencil. */
    static double derivative(Network net, double[] params, int p, double[] x, double[] t, double h) {
        double near = lossAt(net, params, p, h, x, t) - lossAt(net, params, p, -h, x, t);
        double far = lossAt(net, params, p, 2 * h, x, t) - lossAt(net, params, p, -2 * h, x, t);
        return (8 * near - far) / (12 * h);
    }

    private static double lossAt(Network net, double[] params, int p, double offset, double[] x, double[] t) {
        double[] shifted = params.clone();
        shifted[p] = params[p] + offset;
        net.setParameters(shifted);
        double loss = net.loss(x, t);
        net.setParameters(params);
        return loss;
    }

    /**
     * Whether the loss is smooth within a few steps of every parameter: a ReLU whose net input
     * crosses 0 there makes differences with two step sizes disagree, and no finite difference is
     * meaningful at such a point.
     */
    private static boolean smoothAround(Network net, double[] params, double[] x, double[] t) {
        for (int p = 0; p < params.length; p++) {
            double a = derivative(net, params, p, x, t, STEP);
            double b = derivative(net, params, p, x, t, 2 * STEP);
            if (Math.abs(a - b) > 1e-8 * Math.max(FLOOR, Math.abs(a))) {
                return false;
            }
        }
        return true;
    }

    private static synchronized void record(double error, String where) {
        if (error > worst) {
            worst = error;
            worstCase = where;
        }
    }

    @AfterAll
    static void reportWorst() {
        System.out.println("GradientTest: largest relative error " + worst + " at " + worstCase);
    }

    @ParameterizedTest
    @MethodSource("frozenModes")
    void frozenBiasesReportZeroAndNeverMove(BiasMode bias) {
        Random random = new Random(5);
        List<LayerShape> layers = TestNetworks.threeLayers(Activation.TANH, Activation.SIGMOID, Activation.SIGMOID, bias, true);
        double[] initial = TestNetworks.uniform(random, GenericMlp.parameterCount(3, layers), 1.0);
        GenericMlp net = new GenericMlp("F", 3, layers, Loss.BCE,
                OptimizerSettings.defaults(OptimizerKind.ADAM), false, initial);
        double[] x = {0.3, -0.7, 1.1};
        double[] t = TestNetworks.oneHot(3, 2);
        double[] g = new double[initial.length];
        net.gradient(x, t, g);
        int weights = initial.length - bias.count(4) - bias.count(3) - bias.count(3);
        for (int p = weights; p < initial.length; p++) {
            assertEquals(0.0, g[p], "gradient of frozen " + net.parameterNames()[p]);
            assertTrue(Math.abs(derivative(net, initial, p, x, t, STEP)) > 1e-6, "the loss does depend on it");
        }
        for (int step = 0; step < 5; step++) {
            net.train(x, t);
        }
        double[] after = net.parameters();
        for (int p = 0; p < initial.length; p++) {
            if (p < weights) {
                assertTrue(after[p] != initial[p], "weight " + net.parameterNames()[p] + " trains");
            } else {
                assertEquals(initial[p], after[p], 0.0, "frozen " + net.parameterNames()[p]);
            }
        }
    }

    static Stream<BiasMode> frozenModes() {
        return Stream.of(BiasMode.SHARED, BiasMode.PER_NEURON);
    }
}

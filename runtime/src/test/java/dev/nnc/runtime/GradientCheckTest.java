package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link GradientCheck} finds a wrong gradient, and its parts, run on threads of their own and
 * merged in order, give the report of the whole check however many there are.
 */
class GradientCheckTest {
    /** The parts of the check, each on a thread of its own, merged in order. */
    private static GradientCheck.Report inParts(Network net, Dataset data, int parts) {
        List<Callable<GradientCheck.Report>> jobs = GradientCheck.parts(net, data, GradientCheck.Settings.DOUBLE, parts);
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            GradientCheck.Report worst = null;
            for (Future<GradientCheck.Report> part : pool.invokeAll(jobs)) {
                worst = worst == null ? part.get() : GradientCheck.worse(worst, part.get());
            }
            return worst;
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static GenericMlp network(int seed) {
        List<LayerShape> layers = TestNetworks.threeLayers(Activation.TANH, Activation.SIGMOID, Activation.SOFTMAX,
                BiasMode.PER_NEURON, false);
        double[] initial = TestNetworks.uniform(new Random(seed), GenericMlp.parameterCount(3, layers), 1.0);
        return new GenericMlp("G", 3, layers, Loss.CROSS_ENTROPY, OptimizerSettings.sgd(0.1), false, initial);
    }

    private static Dataset samples(int count) {
        Random random = new Random(8);
        double[][] x = new double[count][];
        double[][] t = new double[count][];
        for (int s = 0; s < count; s++) {
            x[s] = TestNetworks.vector(random, 3, -2, 2);
            t[s] = TestNetworks.oneHot(3, random.nextInt(3));
        }
        return new Dataset(x, t);
    }

    @Test
    void aCorrectGradientPassesAndEveryNumberOfPartsReportsTheSame() {
        GenericMlp net = network(3);
        double[] before = net.parameters();
        Dataset data = samples(23);
        GradientCheck.Report one = GradientCheck.check(net, data, GradientCheck.Settings.DOUBLE);
        assertTrue(one.error() < 1e-6, () -> "error " + one.error());
        assertTrue(one.parameter() >= 0);
        for (int parts : new int[] {1, 2, 3, 7, 23, 50}) {
            assertEquals(one, inParts(net, data, parts), parts + " parts");
        }
        assertArrayEquals(before, net.parameters(), 0.0, "parameters restored");
    }

    /** A network whose gradient of parameter 5 is off by 1% on one sample (found by identity) only. */
    private static final class WrongOnOneSample extends StubNetwork {
        private final GenericMlp net;
        private final double[] wrongInput;

        WrongOnOneSample(GenericMlp net, double[] wrongInput) {
            super(3, 3);
            this.net = net;
            this.wrongInput = wrongInput;
        }

        @Override
        public boolean[] trainable() {
            return net.trainable();
        }

        @Override
        public double[] parameters() {
            return net.parameters();
        }

        @Override
        public void setParameters(double[] values) {
            net.setParameters(values);
        }

        @Override
        public double loss(double[] x, double[] t) {
            return net.loss(x, t);
        }

        @Override
        public void gradient(double[] x, double[] t, double[] gradient) {
            net.gradient(x, t, gradient);
            if (x == wrongInput) {
                gradient[5] *= 1.01;
            }
        }

        @Override
        public Network copy() {
            return new WrongOnOneSample(net.copy(), wrongInput);
        }
    }

    @Test
    void aWrongGradientOnOneSampleIsFoundThereOnAnyThread() {
        Dataset data = samples(20);
        Network wrong = new WrongOnOneSample(network(3), data.input(13));
        for (int parts : new int[] {1, 2, 4}) {
            GradientCheck.Report report = inParts(wrong, data, parts);
            assertEquals(13, report.sample(), parts + " parts");
            assertEquals(5, report.parameter(), parts + " parts");
            assertTrue(report.error() > 0.009 && report.error() < 0.011, () -> "error " + report.error());
        }
    }
}

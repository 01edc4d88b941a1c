package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code copy()} of generated classes, for every optimizer, unrolled, looped and mixed, in double and
 * float, with the Vector API too: the copy predicts and trains exactly as the original would, the two
 * never share state, and copies used from several threads at once compute what one thread does.
 */
class CopyTest {
    private static final double[] MEAN = {0.5, -1.25, 2.0};
    private static final double[] STD = {2.0, 0.5, 4.0};
    private static final Dataset DATA = Models.samples(7, 6, 3, 2, Loss.CROSS_ENTROPY);

    private record Case(String label, Network model, Precision precision, boolean vector) {
        String className() {
            return "copies." + model.name();
        }

        JavaFile source() {
            return Compiled.source(model, "copies", precision, vector);
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Strategy[][] layouts = {{Strategy.UNROLL, Strategy.UNROLL}, {Strategy.LOOP, Strategy.LOOP},
            {Strategy.LOOP, Strategy.UNROLL}, {Strategy.UNROLL, Strategy.LOOP}};
        int n = 0;
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (Strategy[] layout : layouts) {
                for (Precision precision : Precision.values()) {
                    cases.add(new Case(kind.spelling() + " " + Arrays.toString(layout) + " " + precision,
                            model(n++, kind, layout), precision, false));
                }
            }
            if (InMemoryCompiler.vectorApiAvailable()) {
                for (Precision precision : Precision.values()) {
                    cases.add(new Case(kind.spelling() + " vector loops " + precision,
                            model(n++, kind, Strategy.LOOP, Strategy.LOOP), precision, true));
                }
            }
        }
        return cases;
    }

    /** 3-5-2 tanh-softmax, standardised inputs, per-neuron biases, with {@code kind}'s optimizer. */
    private static Network model(int n, OptimizerKind kind, Strategy... layout) {
        Network random = Models.random(100 + n, 3, new int[] {5, 2}, new Activation[] {Activation.TANH,
            Activation.SOFTMAX}, Loss.CROSS_ENTROPY, BiasMode.PER_NEURON, false,
                OptimizerSettings.defaults(kind).withRate(kind == OptimizerKind.ADAM ? 0.01 : 0.1));
        return Models.withStrategies(Models.renamed(random, "Copied" + n, true), layout);
    }

    @TestFactory
    Stream<DynamicTest> aCopyPredictsAndTrainsAsTheOriginalAndApartFromIt() {
        List<Case> cases = cases();
        Map<String, Class<?>> classes = Compiled.compileAll(cases.stream().map(Case::source).toList());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.label(),
                () -> check(InMemoryCompiler.newInstance(classes.get(c.className())))));
    }

    private static void check(dev.nnc.runtime.Network net) {
        net.setInputNormalization(MEAN, STD);
        net.setRate(net.rate() / 2);
        trainBatches(net, 3);

        // a copy made now continues exactly as the original: same parameters, rate and optimizer state
        dev.nnc.runtime.Network twin = net.copy();
        assertNotSame(net, twin);
        assertSame(net.getClass(), twin.getClass(), "copy() returns the generated class itself");
        assertArrayEquals(net.parameters(), twin.parameters());
        assertArrayEquals(net.inputMean(), twin.inputMean());
        assertArrayEquals(net.inputStd(), twin.inputStd());
        assertEquals(net.rate(), twin.rate(), 0.0);
        for (int s = 0; s < DATA.size(); s++) {
            assertArrayEquals(predict(net, s), predict(twin, s), "prediction of sample " + s);
        }
        trainBatches(net, 3);
        trainBatches(twin, 3);
        assertArrayEquals(net.parameters(), twin.parameters(), "three more updates, from the same optimizer state");

        // training a copy leaves the original as it was
        double[] before = net.parameters();
        double[] predicted = predict(net, 0);
        dev.nnc.runtime.Network apart = net.copy();
        trainBatches(apart, 4);
        apart.setRate(1.0);
        apart.setInputNormalization(new double[3], new double[] {1, 1, 1});
        assertFalse(Arrays.equals(before, apart.parameters()), "the copy did train");
        assertArrayEquals(before, net.parameters(), "the original's parameters");
        assertArrayEquals(predicted, predict(net, 0), "the original's prediction");
        assertArrayEquals(MEAN, net.inputMean());

        // gradient sums pending in the original are not copied
        dev.nnc.runtime.Network clean = net.copy();
        net.accumulate(DATA.input(1), DATA.target(1));
        dev.nnc.runtime.Network pending = net.copy();
        clean.train(DATA.input(2), DATA.target(2));
        pending.train(DATA.input(2), DATA.target(2));
        assertArrayEquals(clean.parameters(), pending.parameters(), "a copy starts with no gradient sums");
    }

    /** {@code updates} updates, each from the mean gradient of two samples. */
    private static void trainBatches(dev.nnc.runtime.Network net, int updates) {
        for (int u = 0; u < updates; u++) {
            for (int s = 0; s < 2; s++) {
                int i = (2 * u + s) % DATA.size();
                net.accumulate(DATA.input(i), DATA.target(i));
            }
            net.update(2);
        }
    }

    private static double[] predict(dev.nnc.runtime.Network net, int sample) {
        double[] y = new double[net.outputCount()];
        net.predict(DATA.input(sample), y);
        return y;
    }

    /**
     * The use copy() is for: a trained network, one copy per thread of a pool, many predictions at once.
     * Every thread's outputs are those of the original, predicting alone.
     */
    @Test
    void copiesPredictFromManyThreadsAsOneThreadDoes() throws Exception {
        List<Case> cases = List.of(new Case("adam loops", model(90, OptimizerKind.ADAM, Strategy.LOOP, Strategy.UNROLL),
                Precision.DOUBLE, false), new Case("momentum unrolled", model(91, OptimizerKind.MOMENTUM, Strategy.UNROLL,
                Strategy.UNROLL), Precision.FLOAT, false));
        Map<String, Class<?>> classes = Compiled.compileAll(cases.stream().map(Case::source).toList());
        for (Case c : cases) {
            dev.nnc.runtime.Network net = InMemoryCompiler.newInstance(classes.get(c.className()));
            net.setInputNormalization(MEAN, STD);
            trainBatches(net, 20);
            Dataset inputs = Models.samples(11, 500, 3, 2, Loss.CROSS_ENTROPY);
            double[][] expected = new double[inputs.size()][];
            for (int s = 0; s < inputs.size(); s++) {
                expected[s] = new double[2];
                net.predict(inputs.input(s), expected[s]);
            }
            int threads = 4;
            ThreadLocal<dev.nnc.runtime.Network> perThread = ThreadLocal.withInitial(net::copy);
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<double[][]>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int offset = t * 37;
                    results.add(pool.submit(() -> {
                        dev.nnc.runtime.Network mine = perThread.get();
                        start.await(10, TimeUnit.SECONDS);
                        double[][] outputs = new double[inputs.size()][2];
                        for (int round = 0; round < 20; round++) {
                            for (int k = 0; k < inputs.size(); k++) {
                                int s = (k + offset + round) % inputs.size();
                                mine.predict(inputs.input(s), outputs[s]);
                            }
                        }
                        return outputs;
                    }));
                }
                for (Future<double[][]> result : results) {
                    double[][] outputs = result.get(60, TimeUnit.SECONDS);
                    for (int s = 0; s < inputs.size(); s++) {
                        assertArrayEquals(expected[s], outputs[s], c.label() + ", sample " + s);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

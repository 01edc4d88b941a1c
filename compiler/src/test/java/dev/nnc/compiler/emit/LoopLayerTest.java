package dev.nnc.compiler.emit;

import static dev.nnc.compiler.testing.Agreement.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.GraphInterpreter;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Agreement;
import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.GenericMlp;
import dev.nnc.runtime.GradientCheck;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loop layers, alone and mixed with unrolled ones: every activation × loss × bias mode, each
 * optimizer, both weight layouts, the fused sgd step, and every kind of boundary. A loop layer
 * computes exactly what the same layer unrolled computes, so each network is checked bit for bit
 * against its fully unrolled twin (itself checked by {@link GeneratedNetworkTest}), and also
 * against finite differences, the graph interpreter and the runtime's generic implementation.
 */
class LoopLayerTest {
    private static final Activation[] ELEMENTWISE = java.util.Arrays.stream(Activation.values())
            .filter(a -> a != Activation.SOFTMAX).toArray(Activation[]::new);
    private static final String[] BIASES = {"none", "shared", "per_neuron", "shared frozen", "per_neuron frozen"};
    private static final Strategy[][] VARIANTS = {
        {Strategy.LOOP, Strategy.LOOP}, {Strategy.LOOP, Strategy.UNROLL}, {Strategy.UNROLL, Strategy.LOOP}};

    private record Case(String label, Network loops, Network unrolled, Dataset data) {
    }

    /**
     * Every hidden activation × output activation × loss, each with one strategy variant, bias
     * mode and optimizer, chosen so that every output activation and loss meets every variant.
     */
    @TestFactory
    Stream<DynamicTest> everyActivationAndLoss() {
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (Activation hidden : ELEMENTWISE) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if (!defined(output, loss)) {
                        continue;
                    }
                    OptimizerKind kind = OptimizerKind.values()[(n / 7) % OptimizerKind.values().length];
                    Strategy[] variant = VARIANTS[n % 3];
                    String bias = BIASES[(n / 3) % BIASES.length];
                    BiasMode mode = BiasMode.valueOf(bias.split(" ")[0].toUpperCase());
                    // 5 inputs -> 6 -> 3: the hidden layer is input-major, the output layer
                    // neuron-major with a remainder row; 4 inputs -> 3 -> 5 the other way round.
                    int[] sizes = n % 2 == 0 ? new int[] {6, 3} : new int[] {3, 5};
                    int inputs = n % 2 == 0 ? 5 : 4;
                    Network model = Models.random(5000 + n, inputs, sizes, new Activation[] {hidden, output}, loss,
                            mode, bias.endsWith("frozen"), optimizer(kind, n));
                    cases.add(new Case(hidden.spelling() + " → " + output.spelling() + ", " + loss.spelling()
                            + ", bias " + bias + ", " + kind.spelling() + (n % 2 == 1 ? " with weight decay" : "") + ", "
                            + Arrays.toString(variant),
                            Models.withStrategies(model, variant), Models.withStrategy(model, Strategy.UNROLL),
                            Models.samples(n, 4, inputs, sizes[1], loss)));
                    n++;
                }
            }
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> randomArchitecturesAndStrategies() {
        Random r = new Random(7);
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            int depth = 1 + r.nextInt(4);
            int[] sizes = new int[depth];
            Activation[] activations = new Activation[depth];
            Strategy[] strategies = new Strategy[depth];
            for (int l = 0; l < depth; l++) {
                sizes[l] = 1 + r.nextInt(10);
                activations[l] = ELEMENTWISE[r.nextInt(ELEMENTWISE.length)];
                strategies[l] = r.nextBoolean() ? Strategy.LOOP : Strategy.UNROLL;
            }
            strategies[r.nextInt(depth)] = Strategy.LOOP;
            Loss loss = Loss.values()[r.nextInt(3)];
            if (r.nextBoolean()) {
                activations[depth - 1] = r.nextBoolean() ? Activation.SOFTMAX : Activation.SIGMOID;
                loss = activations[depth - 1] == Activation.SOFTMAX ? Loss.CROSS_ENTROPY : Loss.BCE;
            }
            int inputs = 1 + r.nextInt(9);
            BiasMode mode = BiasMode.values()[r.nextInt(3)];
            OptimizerKind kind = OptimizerKind.values()[r.nextInt(OptimizerKind.values().length)];
            Network model = Models.random(6000 + n, inputs, sizes, activations, loss, mode, r.nextInt(4) == 0,
                    optimizer(kind, n));
            Network loops = Models.renamed(Models.withStrategies(model, strategies), "Loops" + n, n % 5 == 0);
            Network unrolled = Models.renamed(Models.withStrategy(model, Strategy.UNROLL), "Unrolled" + n, n % 5 == 0);
            cases.add(new Case("random " + n + ": " + inputs + "-" + Arrays.toString(sizes) + " "
                    + Arrays.toString(activations) + " " + Arrays.toString(strategies) + " " + loss.spelling() + " "
                    + mode + " " + kind, loops, unrolled, Models.samples(n, 5, inputs, sizes[depth - 1], loss)));
        }
        return run(cases);
    }

    private static boolean defined(Activation output, Loss loss) {
        boolean probabilities = output == Activation.SIGMOID || output == Activation.SOFTMAX;
        return (loss != Loss.BCE && loss != Loss.CROSS_ENTROPY) || probabilities;
    }

    /** {@code kind}, with weight decay in every other case (so with and without meet every variant). */
    private static OptimizerSettings optimizer(OptimizerKind kind, int n) {
        return OptimizerSettings.defaults(kind).withRate(kind == OptimizerKind.ADAM ? 0.01 : 0.1)
                .withWeightDecay(n % 2 == 1 ? 0.01 : 0.0);
    }

    private static Stream<DynamicTest> run(List<Case> cases) {
        List<JavaFile> sources = new ArrayList<>();
        for (Case c : cases) {
            sources.add(Compiled.source(c.loops(), "loops"));
            sources.add(Compiled.source(c.unrolled(), "unrolled"));
        }
        Map<String, Class<?>> classes = Compiled.compileAll(sources);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> check(c,
                InMemoryCompiler.newInstance(classes.get("loops." + c.loops().name())),
                InMemoryCompiler.newInstance(classes.get("unrolled." + c.unrolled().name())))));
    }

    private static void check(Case c, dev.nnc.runtime.Network loops, dev.nnc.runtime.Network unrolled) {
        Dataset data = c.data();
        if (c.loops().input().normalize()) {
            double[] mean = {0.5, -0.25, 1, 0, 2, 0.1, -1, 3, 0.2};
            double[] std = {2, 0.5, 1, 0, 4, 1.5, 0.25, 3, 1};
            int n = c.loops().input().size();
            loops.setInputNormalization(Arrays.copyOf(mean, n), Arrays.copyOf(std, n));
            unrolled.setInputNormalization(Arrays.copyOf(mean, n), Arrays.copyOf(std, n));
        }
        double[] initial = unrolled.parameters();
        assertArrayEquals(initial, loops.parameters(), "initial parameters, in numbering order");
        GradientCheck.Report report = GradientCheck.check(loops, data);
        assertTrue(report.error() < 1e-6, "gradient disagrees with finite differences: " + report);

        Backward backward = Compiled.backward(c.unrolled());
        for (int s = 0; s < data.size(); s++) {
            double[] input = c.loops().input().normalize() ? null : data.input(s);
            if (input != null) {
                double[] values = GraphInterpreter.evaluate(backward.graph(), input, data.target(s), initial);
                assertClose(values[backward.forward().loss().id()], loops.loss(input, data.target(s)), 1e-14,
                        "loss against the graph interpreter");
            }
            same(unrolled.loss(data.input(s), data.target(s)), loops.loss(data.input(s), data.target(s)), "loss");
            double[] want = new double[initial.length];
            double[] got = new double[initial.length];
            unrolled.gradient(data.input(s), data.target(s), want);
            loops.gradient(data.input(s), data.target(s), got);
            same(want, got, "gradient of sample " + s);
            double[] y = new double[c.loops().output().size()];
            double[] z = new double[y.length];
            unrolled.predict(data.input(s), y);
            loops.predict(data.input(s), z);
            same(y, z, "prediction of sample " + s);
        }
        GenericMlp reference = c.loops().input().normalize() ? null : Agreement.genericMlp(c.unrolled());
        for (int step = 0; step < 3; step++) {
            for (int s = 0; s < 2; s++) {
                int i = (2 * step + s) % data.size();
                same(unrolled.accumulate(data.input(i), data.target(i)), loops.accumulate(data.input(i), data.target(i)),
                        "sample loss, batch " + step);
                if (reference != null) {
                    reference.accumulate(data.input(i), data.target(i));
                }
            }
            unrolled.update(2);
            loops.update(2);
            if (reference != null) {
                reference.update(2);
            }
            same(unrolled.parameters(), loops.parameters(), "parameters after batch " + step);
        }
        if (reference != null && c.loops().optimizer().kind() != OptimizerKind.ADAM) {
            assertClose(reference.parameters(), loops.parameters(), 1e-10, "parameters against the generic implementation");
        }
        for (int step = 0; step < 4; step++) {
            int i = step % data.size();
            if (step == 2) {
                unrolled.accumulate(data.input(i), data.target(i));
                loops.accumulate(data.input(i), data.target(i));
            }
            same(unrolled.train(data.input(i), data.target(i)), loops.train(data.input(i), data.target(i)),
                    "loss of training step " + step);
            same(unrolled.parameters(), loops.parameters(), "parameters after training step " + step);
        }
        loops.resetOptimizer();
        loops.setParameters(initial);
        same(initial, loops.parameters(), "parameters after setParameters");
    }

    /** Equal as numbers (so 0.0 and -0.0 agree: a fused sgd step may give a zero weight the other sign). */
    private static void same(double expected, double actual, String what) {
        if (!(expected == actual || (Double.isNaN(expected) && Double.isNaN(actual)))) {
            fail(what + ": expected " + expected + " but was " + actual + " (unrolled and loops must agree exactly)");
        }
    }

    private static void same(double[] expected, double[] actual, String what) {
        if (expected.length != actual.length) {
            fail(what + ": lengths differ");
        }
        for (int i = 0; i < expected.length; i++) {
            same(expected[i], actual[i], what + "[" + i + "]");
        }
    }
}

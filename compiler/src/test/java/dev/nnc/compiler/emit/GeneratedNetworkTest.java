package dev.nnc.compiler.emit;

import static dev.nnc.compiler.testing.Agreement.assertClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every activation × loss × bias mode × optimizer, and random architectures with every layer
 * unrolled, looped or left to the governor: the generated class
 * must agree with finite differences (gradient), with the graph interpreter (loss), and with the
 * runtime's independent generic implementation (three batched optimizer updates).
 */
class GeneratedNetworkTest {
    private static final Activation[] ELEMENTWISE = java.util.Arrays.stream(Activation.values())
            .filter(a -> a != Activation.SOFTMAX).toArray(Activation[]::new);

    private record Case(String label, Network model, Dataset data) {
    }

    @TestFactory
    Stream<DynamicTest> everyActivationLossBiasAndOptimizer() {
        List<Case> cases = new ArrayList<>();
        long seed = 1;
        for (Activation hidden : ELEMENTWISE) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if (!defined(output, loss)) {
                        continue;
                    }
                    for (String bias : new String[] {"none", "shared", "per_neuron", "shared frozen", "per_neuron frozen"}) {
                        for (OptimizerKind kind : OptimizerKind.values()) {
                            BiasMode mode = BiasMode.valueOf(bias.split(" ")[0].toUpperCase());
                            Network model = Models.random(seed++, 3, new int[] {4, 3}, new Activation[] {hidden, output},
                                    loss, mode, bias.endsWith("frozen"), optimizer(kind));
                            cases.add(new Case(hidden.spelling() + " → " + output.spelling() + ", " + loss.spelling()
                                    + ", bias " + bias + ", " + kind.spelling(), model,
                                    Models.samples(seed, 4, 3, 3, loss)));
                        }
                    }
                }
            }
        }
        return run(cases);
    }

    /** Random architectures, each layer unrolled, as loops, or as the governor chooses. */
    @TestFactory
    Stream<DynamicTest> randomArchitectures() {
        Random r = new Random(42);
        Random strategies = new Random(43);
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            int depth = 1 + r.nextInt(3);
            int[] sizes = new int[depth];
            Activation[] activations = new Activation[depth];
            for (int l = 0; l < depth; l++) {
                sizes[l] = 1 + r.nextInt(6);
                activations[l] = ELEMENTWISE[r.nextInt(ELEMENTWISE.length)];
            }
            Loss loss = Loss.values()[r.nextInt(3)];
            if (r.nextBoolean()) {
                activations[depth - 1] = r.nextBoolean() ? Activation.SOFTMAX : Activation.SIGMOID;
                loss = activations[depth - 1] == Activation.SOFTMAX ? Loss.CROSS_ENTROPY : Loss.BCE;
            }
            int inputs = 1 + r.nextInt(5);
            BiasMode mode = BiasMode.values()[r.nextInt(3)];
            OptimizerKind kind = OptimizerKind.values()[r.nextInt(3)];
            Strategy[] strategy = new Strategy[depth];
            for (int l = 0; l < depth; l++) {
                strategy[l] = Strategy.values()[strategies.nextInt(Strategy.values().length)];
            }
            Network model = Models.withStrategies(Models.random(1000 + n, inputs, sizes, activations, loss, mode,
                    r.nextInt(4) == 0, optimizer(kind)), strategy);
            cases.add(new Case("random " + n + ": " + inputs + "-" + java.util.Arrays.toString(sizes) + " "
                    + java.util.Arrays.toString(activations) + " " + java.util.Arrays.toString(strategy) + " "
                    + loss.spelling() + " " + mode + " " + kind, model,
                    Models.samples(n, 5, inputs, sizes[depth - 1], loss)));
        }
        return run(cases);
    }

    private static boolean defined(Activation output, Loss loss) {
        boolean probabilities = output == Activation.SIGMOID || output == Activation.SOFTMAX;
        return (loss != Loss.BCE && loss != Loss.CROSS_ENTROPY) || probabilities;
    }

    private static OptimizerSettings optimizer(OptimizerKind kind) {
        return OptimizerSettings.defaults(kind).withRate(kind == OptimizerKind.ADAM ? 0.01 : 0.1);
    }

    private static Stream<DynamicTest> run(List<Case> cases) {
        List<JavaFile> sources = new ArrayList<>();
        for (Case c : cases) {
            sources.add(Compiled.source(c.model(), "gen"));
        }
        Map<String, Class<?>> classes = Compiled.compileAll(sources);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.label(),
                () -> check(c, InMemoryCompiler.newInstance(classes.get("gen." + c.model().name())))));
    }

    private static void check(Case c, dev.nnc.runtime.Network generated) {
        GradientCheck.Report report = GradientCheck.check(generated, c.data());
        assertTrue(report.error() < 1e-6, "gradient disagrees with finite differences: " + report);

        Backward backward = Compiled.backward(c.model());
        double[] params = generated.parameters();
        for (int s = 0; s < c.data().size(); s++) {
            double[] values = GraphInterpreter.evaluate(backward.graph(), c.data().input(s), c.data().target(s), params);
            assertClose(values[backward.forward().loss().id()], generated.loss(c.data().input(s), c.data().target(s)),
                    1e-14, "loss against the graph interpreter");
        }

        GenericMlp reference = Agreement.genericMlp(c.model());
        double[] gradient = new double[params.length];
        double[] expected = new double[params.length];
        generated.gradient(c.data().input(0), c.data().target(0), gradient);
        reference.gradient(c.data().input(0), c.data().target(0), expected);
        assertClose(expected, gradient, 1e-10, "gradient against the generic implementation");
        for (int step = 0; step < 3; step++) {
            for (int s = 0; s < 2; s++) {
                int i = (2 * step + s) % c.data().size();
                assertClose(reference.accumulate(c.data().input(i), c.data().target(i)),
                        generated.accumulate(c.data().input(i), c.data().target(i)), 1e-10, "sample loss, step " + step);
            }
            reference.update(2);
            generated.update(2);
        }
        double[] want = reference.parameters();
        double[] got = generated.parameters();
        inertParameter(c.model()).ifPresent(p -> {
            want[p] = 0;
            got[p] = 0;
        });
        assertClose(want, got, 1e-10, "parameters after three updates");
    }

    /**
     * A shared bias on a softmax layer shifts every net input alike, which softmax ignores: its
     * true gradient is exactly zero, so adam turns rounding noise (1e-17) into full-size steps that
     * two correct implementations take differently.
     */
    private static java.util.OptionalInt inertParameter(Network model) {
        dev.nnc.compiler.model.Layer output = model.output();
        if (output.activation() == Activation.SOFTMAX && output.bias().mode() == BiasMode.SHARED) {
            return java.util.OptionalInt.of(model.weightCount() + model.biasOffset(model.layers().size() - 1));
        }
        return java.util.OptionalInt.empty();
    }
}

package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import dev.nnc.runtime.GradientCheck;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A class generated with {@code precision float} against its double twin: every activation, loss,
 * optimizer and bias mode, unrolled and as loops. With the twin's parameters set to the float
 * class's (the initial values rounded to float) and the samples rounded to float, one sample's
 * loss and gradient agree to a relative 1e-5 wherever they are not tiny (at least a tenth of the
 * largest; tiny ones to 1e-6 of the largest), and so do the parameters after a training step; the float gradient agrees with
 * finite differences to float's tolerance ({@link GradientCheck.Settings#FLOAT}).
 */
class FloatPrecisionTest {
    private static final double RELATIVE = 1e-5;
    /**
     * A value smaller than this share of the largest of its kind is tiny: the rounding of the terms
     * it sums, as large as the largest, dominates it.
     */
    private static final double TINY = 0.1;

    private record Case(String label, Network model, Dataset data) {
    }

    @TestFactory
    Stream<DynamicTest> floatClassAgreesWithItsDoubleTwin() {
        List<Case> cases = new ArrayList<>();
        Activation[] hidden = {Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU,
            Activation.LEAKY_RELU};
        long seed = 500;
        for (Activation h : hidden) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if ((loss == Loss.BCE || loss == Loss.CROSS_ENTROPY)
                            && output != Activation.SIGMOID && output != Activation.SOFTMAX) {
                        continue;
                    }
                    OptimizerKind kind = OptimizerKind.values()[(int) (seed % OptimizerKind.values().length)];
                    BiasMode mode = BiasMode.values()[(int) (seed / 3 % 3)];
                    Strategy strategy = seed % 2 == 0 ? Strategy.LOOP : Strategy.UNROLL;
                    Network model = Models.withStrategy(Models.random(seed, 3, new int[] {5, 3},
                            new Activation[] {h, output}, loss, mode, false,
                            OptimizerSettings.defaults(kind).withRate(kind == OptimizerKind.ADAM ? 0.01 : 0.1)
                                    .withWeightDecay(seed % 3 == 1 ? 1e-3 : 0)), strategy);
                    cases.add(new Case(h.spelling() + " -> " + output.spelling() + ", " + loss.spelling() + ", "
                            + kind.spelling() + ", bias " + mode + ", " + strategy, Models.renamed(model, "F" + seed, seed % 5 == 0),
                            rounded(Models.samples(seed, 4, 3, 3, loss))));
                    seed++;
                }
            }
        }
        List<JavaFile> sources = new ArrayList<>();
        for (Case c : cases) {
            sources.add(Compiled.source(c.model(), "d", Precision.DOUBLE, false));
            sources.add(Compiled.source(c.model(), "f", Precision.FLOAT, false));
        }
        Map<String, Class<?>> classes = Compiled.compileAll(sources);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> check(c,
                InMemoryCompiler.newInstance(classes.get("d." + c.model().name())),
                InMemoryCompiler.newInstance(classes.get("f." + c.model().name())))));
    }

    private static void check(Case c, dev.nnc.runtime.Network twin, dev.nnc.runtime.Network single) {
        double[] parameters = single.parameters();
        for (int p = 0; p < parameters.length; p++) {
            assertEquals((float) twin.parameters()[p], parameters[p], "initial parameter " + p + " rounded to float");
        }
        twin.setParameters(parameters);
        if (c.model().input().normalize()) {
            double[] mean = {0.25, -0.5, 0.125};
            double[] std = {1.5, 0.75, 2};
            twin.setInputNormalization(mean, std);
            single.setInputNormalization(mean, std);
        }
        Dataset data = c.data();
        double loss = twin.loss(data.input(0), data.target(0));
        close(loss, single.loss(data.input(0), data.target(0)), Math.abs(loss), "loss");
        double[] want = new double[parameters.length];
        double[] got = new double[parameters.length];
        twin.gradient(data.input(0), data.target(0), want);
        single.gradient(data.input(0), data.target(0), got);
        inert(c.model(), want, got);
        close(want, got, "gradient");
        close(twin.train(data.input(0), data.target(0)), single.train(data.input(0), data.target(0)), Math.abs(loss),
                "loss of a training step");
        double[] after = twin.parameters();
        double[] afterSingle = single.parameters();
        inert(c.model(), after, afterSingle);
        close(after, afterSingle, "parameters after a training step");

        single.setParameters(parameters);
        GradientCheck.Report report = GradientCheck.check(single, data, GradientCheck.Settings.FLOAT);
        assertTrue(report.error() <= GradientCheck.Settings.FLOAT.tolerance(),
                "float gradient against finite differences: " + report);
    }

    /**
     * Leaves out a parameter whose true gradient is exactly zero: a shared bias on a softmax layer
     * shifts every net input alike. Its computed gradient is rounding noise (1e-17 in double, 1e-7
     * in float), which adam turns into full-size steps.
     */
    private static void inert(Network model, double[] want, double[] got) {
        dev.nnc.compiler.model.Layer output = model.output();
        if (output.activation() == Activation.SOFTMAX && output.bias().mode() == BiasMode.SHARED) {
            int p = model.weightCount() + model.biasOffset(model.layers().size() - 1);
            want[p] = 0;
            got[p] = 0;
        }
    }

    /** The float overloads compute what the double methods do on the same (float) values. */
    @Test
    void floatOverloadsMatchTheDoubleMethods() throws Exception {
        Network model = Models.withStrategies(Models.random(77, 3, new int[] {6, 2},
                new Activation[] {Activation.TANH, Activation.SIGMOID}, Loss.MSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.sgd(0.1)), Strategy.LOOP, Strategy.UNROLL);
        Map<String, Class<?>> classes = Compiled.compileAll(List.of(Compiled.source(model, "a", Precision.FLOAT, false),
                Compiled.source(model, "b", Precision.FLOAT, false)));
        dev.nnc.runtime.Network viaDoubles = InMemoryCompiler.newInstance(classes.get("a." + model.name()));
        dev.nnc.runtime.Network viaFloats = InMemoryCompiler.newInstance(classes.get("b." + model.name()));
        Class<?> type = viaFloats.getClass();
        Method train = type.getMethod("train", float[].class, float[].class);
        Method predict = type.getMethod("predict", float[].class, float[].class);
        Method loss = type.getMethod("loss", float[].class, float[].class);
        assertEquals(float.class, train.getReturnType());
        Dataset data = rounded(Models.samples(3, 5, 3, 2, Loss.MSE));
        for (int s = 0; s < data.size(); s++) {
            float[] x = floats(data.input(s));
            float[] t = floats(data.target(s));
            assertEquals((float) viaDoubles.loss(data.input(s), data.target(s)), (float) loss.invoke(viaFloats, x, t));
            assertEquals((float) viaDoubles.train(data.input(s), data.target(s)), (float) train.invoke(viaFloats, x, t));
            double[] y = new double[2];
            float[] z = new float[2];
            viaDoubles.predict(data.input(s), y);
            predict.invoke(viaFloats, x, z);
            assertEquals((float) y[0], z[0]);
            assertEquals((float) y[1], z[1]);
        }
        assertEquals(java.util.Arrays.toString(viaDoubles.parameters()), java.util.Arrays.toString(viaFloats.parameters()));
        type.getMethod("setParameters", float[].class).invoke(viaFloats, floats(viaDoubles.parameters()));
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** The samples rounded to float, so that both classes see the same numbers. */
    private static Dataset rounded(Dataset data) {
        double[][] x = new double[data.size()][];
        double[][] t = new double[data.size()][];
        for (int s = 0; s < data.size(); s++) {
            x[s] = data.input(s).clone();
            t[s] = data.target(s).clone();
            for (double[] row : new double[][] {x[s], t[s]}) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = (float) row[i];
                }
            }
        }
        return new Dataset(x, t);
    }

    /** Each element to {@link #RELATIVE}, or to that share of {@link #TINY} of the largest when tiny beside it. */
    private static void close(double[] want, double[] got, String what) {
        double largest = 0;
        for (double w : want) {
            largest = Math.max(largest, Math.abs(w));
        }
        for (int i = 0; i < want.length; i++) {
            close(want[i], got[i], largest, what + "[" + i + "]");
        }
    }

    private static void close(double want, double got, double largest, String what) {
        double allowed = RELATIVE * Math.max(Math.abs(want), TINY * largest);
        if (!(Math.abs(want - got) <= allowed)) {
            fail(what + ": double " + want + ", float " + got + " (relative error "
                    + Math.abs(want - got) / Math.abs(want) + ")");
        }
    }
}

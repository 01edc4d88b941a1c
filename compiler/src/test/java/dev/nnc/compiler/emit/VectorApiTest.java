package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Input-major loop layers written with the Vector API compute the same bits as the scalar loops, in
 * double and in float:
 * widths with and without a scalar remainder, one chunk of vectors, several, and a part chunk;
 * every optimizer (the fused sgd step and the summed gradient), every bias mode; losses,
 * gradients, predictions and parameters compared exactly after batched and fused steps. The test
 * JVM runs with {@code --add-modules jdk.incubator.vector} (see this module's pom).
 */
class VectorApiTest {
    /** inputs, then layer widths: remainders of 1 to 3 lanes, 1 to 3 chunks of 32, a part chunk. */
    private static final int[][] SHAPES = {
        {1, 1}, {2, 3}, {5, 4}, {7, 5, 2}, {20, 13}, {3, 32, 10}, {9, 33}, {16, 36, 3},
        {6, 70}, {40, 64, 64}, {4, 100, 7}, {30, 12, 12, 1}};

    @Test
    void theModuleIsThereForTheseTests() {
        assertTrue(InMemoryCompiler.vectorApiAvailable(), "run with --add-modules jdk.incubator.vector");
    }

    @Test
    void onlyInputMajorLoopLayersOfFourNeuronsOrMoreUseIt() {
        Network mazur = Models.mazur();
        assertFalse(InMemoryCompiler.usesVectorApi(source(mazur, "v", true).toString()),
                "a network unrolled whole has no loops to vectorise");
        assertFalse(InMemoryCompiler.usesVectorApi(source(Models.withStrategy(mazur, Strategy.LOOP), "v", true)
                .toString()), "two neurons make no vector of four");
        Network wide = Models.withStrategy(Models.random(1, 3, new int[] {8, 2},
                new Activation[] {Activation.SIGMOID, Activation.SIGMOID}, Loss.HALF_SSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.defaults(OptimizerKind.SGD)), Strategy.LOOP);
        String source = source(wide, "v", true).toString();
        assertTrue(source.contains("private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;"),
                source);
        assertTrue(source.contains(".sub(r.mul(d0.mul(a))).intoArray(row, c)"), source);
        assertFalse(InMemoryCompiler.usesVectorApi(source(wide, "s", false).toString()));
    }

    @Test
    void floatClassesUseFloatVectorsOfEight() {
        Network seven = Models.withStrategy(Models.random(1, 3, new int[] {7, 2},
                new Activation[] {Activation.SIGMOID, Activation.SIGMOID}, Loss.HALF_SSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.defaults(OptimizerKind.SGD)), Strategy.LOOP);
        assertFalse(InMemoryCompiler.usesVectorApi(source(seven, "v", true, Precision.FLOAT).toString()),
                "seven neurons make no vector of eight floats");
        Network eight = Models.withStrategy(Models.random(1, 3, new int[] {8, 2},
                new Activation[] {Activation.SIGMOID, Activation.SIGMOID}, Loss.HALF_SSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.defaults(OptimizerKind.SGD)), Strategy.LOOP);
        String source = source(eight, "v", true, Precision.FLOAT).toString();
        assertTrue(source.contains("private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;"),
                source);
        assertTrue(source.contains("FloatVector n0 = FloatVector.fromArray(SPECIES, row, c).mul(a);"), source);
    }

    /**
     * The code itself, to catch code that is correct but weird: 5 inputs -> 36 -> 3, so one chunk
     * of eight vectors, one of one vector, and a neuron-major output layer. After an intended change,
     * regenerate with {@code mvn test -Dgolden.update=true} and review the diff.
     */
    @Test
    void emittedSourceMatchesGolden() throws java.io.IOException {
        matchesGolden(Precision.DOUBLE, "VectorLoops");
    }

    /** The same in float: 36 neurons are four vectors of eight floats, and four neurons left over. */
    @Test
    void floatSourceMatchesGolden() throws java.io.IOException {
        matchesGolden(Precision.FLOAT, "VectorLoopsFloat");
    }

    private static void matchesGolden(Precision precision, String golden) throws java.io.IOException {
        Network model = Models.renamed(Models.withStrategy(Models.random(17, 5, new int[] {36, 3},
                new Activation[] {Activation.SIGMOID, Activation.SIGMOID}, Loss.HALF_SSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.sgd(0.1)), Strategy.LOOP), "VectorLoops", false);
        String source = source(model, "golden", true, precision).toString();
        java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/golden/" + golden + ".java");
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(file, source);
        }
        assertEquals(java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "<no golden file>",
                source, "emitted source (see " + file + ")");
    }

    @TestFactory
    Stream<DynamicTest> sameBitsAsScalarLoops() {
        List<Network> models = new ArrayList<>();
        Activation[] hidden = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
            Activation.LINEAR};
        for (int n = 0; n < SHAPES.length; n++) {
            int[] shape = SHAPES[n];
            int[] sizes = Arrays.copyOfRange(shape, 1, shape.length);
            Activation[] activations = new Activation[sizes.length];
            for (int l = 0; l < sizes.length; l++) {
                activations[l] = hidden[(n + l) % hidden.length];
            }
            Loss loss = Loss.values()[n % 3];
            OptimizerKind kind = OptimizerKind.values()[n % 3];
            BiasMode mode = BiasMode.values()[(n / 3) % 3];
            OptimizerSettings optimizer = OptimizerSettings.defaults(kind).withRate(kind == OptimizerKind.ADAM ? 0.01 : 0.1);
            Network model = Models.random(9000 + n, shape[0], sizes, activations, loss, mode, false, optimizer);
            models.add(Models.renamed(Models.withStrategy(model, Strategy.LOOP), "V" + n, n % 4 == 3));
        }
        List<JavaFile> sources = new ArrayList<>();
        for (Network model : models) {
            for (Precision precision : Precision.values()) {
                sources.add(source(model, "scalar" + precision, false, precision));
                sources.add(source(model, "vector" + precision, true, precision));
            }
        }
        Map<String, Class<?>> classes = Compiled.compileAll(sources);
        return models.stream().flatMap(model -> Stream.of(Precision.values()).map(precision -> DynamicTest.dynamicTest(
                describe(model) + " " + precision.spelling(), () -> {
            int lanes = precision == Precision.DOUBLE ? 4 : 8;
            assertEquals(model.layers().get(0).size() >= lanes, InMemoryCompiler.usesVectorApi(
                    source(model, "vector", true, precision).toString()), "one vector of neurons in the first layer");
            check(model, InMemoryCompiler.newInstance(classes.get("scalar" + precision + "." + model.name())),
                    InMemoryCompiler.newInstance(classes.get("vector" + precision + "." + model.name())));
        })));
    }

    private static String describe(Network model) {
        StringBuilder s = new StringBuilder(model.name() + ": " + model.input().size());
        model.layers().forEach(l -> s.append('-').append(l.size()));
        return s.append(' ').append(model.loss().spelling()).append(' ').append(model.optimizer().kind().spelling())
                .toString();
    }

    private static JavaFile source(Network model, String packageName, boolean vector) {
        return source(model, packageName, vector, Precision.DOUBLE);
    }

    private static JavaFile source(Network model, String packageName, boolean vector, Precision precision) {
        return Compiled.source(model, packageName, precision, vector);
    }

    private static void check(Network model, dev.nnc.runtime.Network scalar, dev.nnc.runtime.Network vector) {
        int outputs = model.output().size();
        Dataset data = Models.samples(model.name().hashCode(), 6, model.input().size(), outputs, model.loss());
        if (model.input().normalize()) {
            double[] mean = new double[model.input().size()];
            double[] std = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                mean[i] = 0.1 * i - 1;
                std[i] = 0.5 + 0.25 * i;
            }
            scalar.setInputNormalization(mean, std);
            vector.setInputNormalization(mean, std);
        }
        same(scalar.parameters(), vector.parameters(), "initial parameters");
        for (int s = 0; s < data.size(); s++) {
            same(scalar.loss(data.input(s), data.target(s)), vector.loss(data.input(s), data.target(s)), "loss " + s);
            double[] want = new double[scalar.parameters().length];
            double[] got = new double[want.length];
            scalar.gradient(data.input(s), data.target(s), want);
            vector.gradient(data.input(s), data.target(s), got);
            same(want, got, "gradient of sample " + s);
            double[] y = new double[outputs];
            double[] z = new double[outputs];
            scalar.predict(data.input(s), y);
            vector.predict(data.input(s), z);
            same(y, z, "prediction of sample " + s);
        }
        for (int step = 0; step < 3; step++) {
            for (int s = 0; s < 3; s++) {
                int i = (3 * step + s) % data.size();
                same(scalar.accumulate(data.input(i), data.target(i)), vector.accumulate(data.input(i), data.target(i)),
                        "sample loss, batch " + step);
            }
            scalar.update(3);
            vector.update(3);
            same(scalar.parameters(), vector.parameters(), "parameters after batch " + step);
        }
        for (int step = 0; step < 12; step++) {
            int i = step % data.size();
            same(scalar.train(data.input(i), data.target(i)), vector.train(data.input(i), data.target(i)),
                    "loss of training step " + step);
        }
        same(scalar.parameters(), vector.parameters(), "parameters after 12 training steps");
        assertEquals(scalar.parameters().length, vector.parameters().length);
    }

    /** Equal as numbers (0.0 and -0.0 agree), NaN equal to NaN. */
    private static void same(double expected, double actual, String what) {
        if (!(expected == actual || (Double.isNaN(expected) && Double.isNaN(actual)))) {
            fail(what + ": scalar " + expected + " but vector " + actual);
        }
    }

    private static void same(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": lengths");
        for (int i = 0; i < expected.length; i++) {
            same(expected[i], actual[i], what + "[" + i + "]");
        }
    }
}

package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Javac;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated code compiles with every javac lint warning on and {@code -Werror} (see {@link
 * Javac}): every golden source as it is checked in, every sample, and a matrix of shapes like the
 * conformance models: unrolled, loops and mixed stages, each activation, each loss, each optimizer,
 * each bias mode, with scalar loops and with the Vector API.
 */
class CompilesWithoutWarningsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path SAMPLES = Path.of("../samples");

    /** Per layer, unrolled (U) or loops (L): all of one kind, both mixed stages, and a stage that comes back. */
    private static final List<Strategy[]> LAYOUTS = List.of(
            new Strategy[] {Strategy.UNROLL, Strategy.UNROLL},
            new Strategy[] {Strategy.LOOP, Strategy.LOOP},
            new Strategy[] {Strategy.UNROLL, Strategy.LOOP},
            new Strategy[] {Strategy.LOOP, Strategy.UNROLL},
            new Strategy[] {Strategy.LOOP, Strategy.UNROLL, Strategy.LOOP});

    @TestFactory
    Stream<DynamicTest> everyGoldenSource() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(GOLDEN)) {
            files = listed.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("VectorLoops.java")), "" + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> Javac.assertCompilesCleanly(List.of(Javac.unit("golden", file)))));
    }

    @TestFactory
    Stream<DynamicTest> everySample() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SAMPLES)) {
            files = listed.filter(f -> f.toString().endsWith(".nn")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty(), "no samples in " + SAMPLES.toAbsolutePath());
        List<JavaFileObject> scalar = new ArrayList<>();
        List<JavaFileObject> vector = new ArrayList<>();
        for (Path file : files) {
            scalar.add(Javac.unit(sample(file, "samples", false)));
            vector.add(Javac.unit(sample(file, "samples.vector", true)));
        }
        return Stream.of(batch(files.size() + " samples, scalar loops", scalar),
                batch(files.size() + " samples, Vector API", vector));
    }

    @TestFactory
    Stream<DynamicTest> everyActivationLossOptimizerAndLayout() {
        List<Activation> elementwise = Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX)
                .collect(Collectors.toList());
        List<JavaFileObject> scalar = new ArrayList<>();
        List<JavaFileObject> vector = new ArrayList<>();
        List<JavaFileObject> floats = new ArrayList<>();
        List<JavaFileObject> floatVector = new ArrayList<>();
        int n = 0;
        for (Strategy[] layout : LAYOUTS) {
            for (Loss loss : Loss.values()) {
                for (OptimizerKind kind : OptimizerKind.values()) {
                    Network model = model(n++, layout, loss, kind, elementwise);
                    scalar.add(Javac.unit(Compiled.source(model, "scalar", false)));
                    floats.add(Javac.unit(Compiled.source(model, "floats", Precision.FLOAT, false)));
                    if (Arrays.asList(layout).contains(Strategy.LOOP)) {
                        vector.add(Javac.unit(Compiled.source(model, "vector", true)));
                        floatVector.add(Javac.unit(Compiled.source(model, "floats.vector", Precision.FLOAT, true)));
                    }
                }
            }
        }
        assertTrue(Javac.usesVectorApi(vector), "the loop layers of six neurons use the Vector API");
        return Stream.of(batch(scalar.size() + " shapes, scalar loops", scalar),
                batch(vector.size() + " shapes with loops, Vector API", vector),
                batch(floats.size() + " shapes in float, scalar loops", floats),
                batch(floatVector.size() + " shapes in float with loops, Vector API", floatVector));
    }

    /**
     * Model {@code n}: hidden layers of six neurons and an output layer of four, laid out as {@code
     * layout}; the activations turn through {@code elementwise}, the output's suits {@code loss}, and
     * bias mode, frozen biases and standardised inputs vary with {@code n}.
     */
    private static Network model(int n, Strategy[] layout, Loss loss, OptimizerKind kind,
                                 List<Activation> elementwise) {
        int depth = layout.length;
        int[] sizes = new int[depth];
        Activation[] activations = new Activation[depth];
        for (int l = 0; l < depth; l++) {
            sizes[l] = l == depth - 1 ? 4 : 6;
            activations[l] = elementwise.get((n + l) % elementwise.size());
        }
        if (loss == Loss.CROSS_ENTROPY) {
            activations[depth - 1] = Activation.SOFTMAX;
        } else if (loss == Loss.BCE) {
            activations[depth - 1] = Activation.SIGMOID;
        }
        OptimizerSettings optimizer = OptimizerSettings.defaults(kind).withRate(0.05).withWeightDecay(n % 2 == 0 ? 0 : 1e-3);
        Network model = Models.random(7000 + n, 3, sizes, activations, loss, BiasMode.values()[n % 3], n % 5 == 4,
                optimizer);
        return Models.renamed(Models.withStrategies(model, layout), "Shape" + n, n % 2 == 1);
    }

    private static JavaFile sample(Path file, String packageName, boolean vectorApi) throws IOException {
        Result<CompiledNetwork> compiled = NncCompiler.compile(
                new SourceFile(file.getFileName().toString(), file, Files.readString(file)), packageName, vectorApi);
        assertFalse(compiled.hasErrors(), () -> file + ": " + compiled.diagnostics());
        return compiled.value().orElseThrow().javaFile();
    }

    /** One run of javac for many sources (much faster than one each); the failure names the file. */
    private static DynamicTest batch(String name, List<JavaFileObject> units) {
        return DynamicTest.dynamicTest(name, () -> Javac.assertCompilesCleanly(units));
    }
}

package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden source per output shape (unrolled, loops, and both mixed; double, and a few in
 * float), to catch code that is correct but weird. After an
 * intended change to the emitted code, regenerate with {@code mvn test -Dgolden.update=true}
 * and review the diff.
 */
class GoldenSourceTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Map<String, Network> shapes() {
        Map<String, Network> shapes = new TreeMap<>();
        shapes.put("Mazur", Models.mazur());
        shapes.put("Linear", Models.linear());
        shapes.put("SoftmaxCrossEntropyMomentum", Models.renamed(Models.random(11, 2, new int[] {3, 3},
                new Activation[] {Activation.TANH, Activation.SOFTMAX}, Loss.CROSS_ENTROPY, BiasMode.PER_NEURON, false,
                OptimizerSettings.defaults(OptimizerKind.MOMENTUM)), "SoftmaxCrossEntropyMomentum", false));
        shapes.put("SigmoidBceAdam", Models.renamed(Models.random(12, 3, new int[] {2, 1},
                new Activation[] {Activation.RELU, Activation.SIGMOID}, Loss.BCE, BiasMode.PER_NEURON, false,
                OptimizerSettings.defaults(OptimizerKind.ADAM).withRate(0.01)), "SigmoidBceAdam", true));
        shapes.put("LeakyMse", Models.renamed(Models.random(13, 2, new int[] {2, 2},
                new Activation[] {Activation.LEAKY_RELU, Activation.LINEAR}, Loss.MSE, BiasMode.SHARED, false,
                OptimizerSettings.sgd(0.1)), "LeakyMse", false));
        shapes.put("SoftmaxSse", Models.renamed(Models.random(14, 2, new int[] {2},
                new Activation[] {Activation.SOFTMAX}, Loss.SSE, BiasMode.NONE, false,
                OptimizerSettings.sgd(0.1)), "SoftmaxSse", false));
        shapes.put("MazurLoops", Models.renamed(Models.withStrategy(Models.mazur(), Strategy.LOOP), "MazurLoops", false));
        shapes.put("LoopThenUnrolledAdam", Models.renamed(Models.withStrategies(Models.random(15, 5, new int[] {6, 3},
                new Activation[] {Activation.RELU, Activation.SOFTMAX}, Loss.CROSS_ENTROPY, BiasMode.SHARED, false,
                OptimizerSettings.defaults(OptimizerKind.ADAM).withRate(0.01)), Strategy.LOOP, Strategy.UNROLL),
                "LoopThenUnrolledAdam", true));
        shapes.put("UnrolledThenLoopMomentum", Models.renamed(Models.withStrategies(Models.random(16, 2, new int[] {3, 5},
                new Activation[] {Activation.TANH, Activation.SIGMOID}, Loss.MSE, BiasMode.PER_NEURON, true,
                OptimizerSettings.defaults(OptimizerKind.MOMENTUM)), Strategy.UNROLL, Strategy.LOOP),
                "UnrolledThenLoopMomentum", false));
        return shapes;
    }

    /**
     * The shapes of a float class ({@code precision float}), each named after its double twin:
     * unrolled with sgd, unrolled with adam (log, softplus, relu and sqrt written in float), and a
     * loop layer before an unrolled one.
     */
    static Map<String, Network> floatShapes() {
        Map<String, Network> doubles = shapes();
        Map<String, Network> shapes = new TreeMap<>();
        for (String name : new String[] {"Mazur", "SigmoidBceAdam", "LoopThenUnrolledAdam"}) {
            shapes.put(name + "Float", doubles.get(name));
        }
        return shapes;
    }

    @TestFactory
    Stream<DynamicTest> emittedSourceMatchesGolden() {
        return Stream.concat(matchGolden(shapes(), Precision.DOUBLE), matchGolden(floatShapes(), Precision.FLOAT));
    }

    private static Stream<DynamicTest> matchGolden(Map<String, Network> shapes, Precision precision) {
        boolean update = Boolean.getBoolean("golden.update");
        return shapes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String source = Compiled.source(e.getValue(), "golden", precision, false).toString();
            Path file = GOLDEN.resolve(e.getKey() + ".java");
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, source, StandardCharsets.UTF_8);
            }
            assertEquals(read(file), source, "emitted source of " + e.getKey() + " (see " + file + ")");
        }));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "<no golden file " + file + ">";
    }
}

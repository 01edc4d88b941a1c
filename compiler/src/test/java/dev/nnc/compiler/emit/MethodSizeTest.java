package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.bytecode.ClassFileReader;
import dev.nnc.compiler.bytecode.ClassSummary;
import dev.nnc.compiler.bytecode.MethodSize;
import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Bias;
import dev.nnc.compiler.model.Input;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.plan.CodeSizeGovernor;
import dev.nnc.compiler.plan.Plan;
import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.TrainingPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every method of every generated class stays under HotSpot's 8,000-byte limit, so the JIT
 * compiles it: the benchmark sizes as the governor plans them, and networks forced to unroll
 * layers far past where the governor would (wide inputs, wide next layers, thousands of weights).
 * Sizes are read from the class files javac writes.
 */
class MethodSizeTest {
    private static Network network(String name, int inputs, int[] sizes, OptimizerKind kind, Strategy strategy) {
        Activation[] activations = new Activation[sizes.length];
        Arrays.fill(activations, Activation.SIGMOID);
        Network model = Models.random(sizes.length * 1000L + inputs, inputs, sizes, activations, Loss.HALF_SSE,
                BiasMode.PER_NEURON, false, OptimizerSettings.defaults(kind));
        return Models.renamed(Models.withStrategy(model, strategy), name, false);
    }

    static Map<String, Network> networks() {
        Map<String, Network> networks = new LinkedHashMap<>();
        networks.put("N2x2x2", network("N2x2x2", 2, new int[] {2, 2}, OptimizerKind.SGD, Strategy.AUTO));
        networks.put("N4x8x3", network("N4x8x3", 4, new int[] {8, 3}, OptimizerKind.SGD, Strategy.AUTO));
        networks.put("N30x16x1", network("N30x16x1", 30, new int[] {16, 1}, OptimizerKind.SGD, Strategy.AUTO));
        networks.put("N64x32x10", network("N64x32x10", 64, new int[] {32, 10}, OptimizerKind.SGD, Strategy.AUTO));
        networks.put("N64x32x10Adam", network("N64x32x10Adam", 64, new int[] {32, 10}, OptimizerKind.ADAM, Strategy.AUTO));
        networks.put("N784x128x10", network("N784x128x10", 784, new int[] {128, 10}, OptimizerKind.SGD, Strategy.AUTO));
        networks.put("Unrolled64x32x10", network("Unrolled64x32x10", 64, new int[] {32, 10}, OptimizerKind.SGD,
                Strategy.UNROLL));
        networks.put("UnrolledWideInput", network("UnrolledWideInput", 300, new int[] {3, 2}, OptimizerKind.ADAM,
                Strategy.UNROLL));
        networks.put("UnrolledWideOutput", network("UnrolledWideOutput", 3, new int[] {4, 300}, OptimizerKind.MOMENTUM,
                Strategy.UNROLL));
        Network mixed = network("Mixed", 40, new int[] {90, 30, 5}, OptimizerKind.SGD, Strategy.AUTO);
        networks.put("Mixed", Models.withStrategies(mixed, Strategy.LOOP, Strategy.UNROLL, Strategy.LOOP));
        return networks;
    }

    @TestFactory
    Stream<DynamicTest> everyMethodIsSmallEnoughForTheJit() {
        return networks().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JavaFile source = Compiled.source(e.getValue(), "sizes");
            for (byte[] bytes : InMemoryCompiler.bytecode(source).values()) {
                ClassSummary summary = ClassFileReader.read(bytes);
                MethodSize largest = summary.largest();
                assertTrue(largest.bytes() < ClassSummary.HUGE_METHOD_LIMIT, summary.name() + "." + largest.name()
                        + " has " + largest.bytes() + " bytes of bytecode: HotSpot would never JIT-compile it");
                assertTrue(summary.constants() < 65_535 && summary.fields() < 65_535, summary.toString());
            }
        }));
    }

    /** With the Vector API, every loop has a method of its own: small ones, so the JIT inlines the API's calls. */
    @TestFactory
    Stream<DynamicTest> vectorApiMethodsAreSmallToo() {
        return Stream.of("N64x32x10", "N64x32x10Adam", "N784x128x10", "Mixed").map(name -> DynamicTest.dynamicTest(name,
                () -> {
                    Network model = networks().get(name);
                    JavaFile source = JavaEmitter.emit(StageGraphs.build(dev.nnc.compiler.plan.CodeSizeGovernor.plan(model,
                            java.util.Optional.empty()).value().orElseThrow()), new EmitOptions("sizes", "test", true)).javaFile();
                    assertTrue(InMemoryCompiler.usesVectorApi(source.toString()), name);
                    // all loops: every method small; mixed: the unrolled layer's methods are larger
                    int limit = name.equals("Mixed") ? ClassSummary.HUGE_METHOD_LIMIT : 1_000;
                    for (byte[] bytes : InMemoryCompiler.bytecode(source).values()) {
                        MethodSize largest = ClassFileReader.read(bytes).largest();
                        assertTrue(largest.bytes() < limit, largest.name() + " has " + largest.bytes() + " bytes");
                    }
                }));
    }

    /**
     * A network of {@code depth} layers of {@code width} neurons: layer l's code as {@code strategy}
     * says, its biases frozen when l is odd and {@code alternateFrozen}, so that the trainable
     * parameters come in many runs.
     */
    private static Network deep(String name, int depth, int width, OptimizerKind kind, IntFunction<Strategy> strategy,
                                boolean alternateFrozen) {
        Random random = new Random(depth * 31L + width);
        List<Layer> layers = new ArrayList<>();
        int fanIn = 1;
        for (int l = 0; l < depth; l++) {
            List<Double> weights = new ArrayList<>();
            for (int w = 0; w < width * fanIn; w++) {
                weights.add(random.nextDouble() - 0.5);
            }
            List<Double> biases = new ArrayList<>();
            for (int b = 0; b < width; b++) {
                biases.add(random.nextDouble() - 0.5);
            }
            layers.add(new Layer("l" + l, width, fanIn, l + 1 < depth ? Activation.TANH : Activation.LINEAR, 0,
                    new Bias(BiasMode.PER_NEURON, biases, alternateFrozen && l % 2 == 1), strategy.apply(l), weights,
                    3 + l));
            fanIn = width;
        }
        return new Network(name, name.toLowerCase() + ".nn", new Input("x", 1, false), layers, Loss.MSE,
                OptimizerSettings.defaults(kind), TrainingPlan.defaults(), Optional.empty(), Optional.empty());
    }

    /** Deep networks up to the most layers nnc takes: unrolled, loops, both, the Vector API; one neuron a layer and wider. */
    static Map<String, Network> deepNetworks() {
        Map<String, Network> networks = new LinkedHashMap<>();
        for (int depth : new int[] {1, 10, 100, Network.MAX_LAYERS}) {
            networks.put("Loops" + depth, deep("Loops" + depth, depth, 1, OptimizerKind.ADAM, l -> Strategy.LOOP,
                    false));
            networks.put("Unrolled" + depth, deep("Unrolled" + depth, depth, 1, OptimizerKind.SGD,
                    l -> Strategy.UNROLL, depth > 1));
        }
        networks.put("Mixed" + Network.MAX_LAYERS, deep("Mixed" + Network.MAX_LAYERS, Network.MAX_LAYERS, 2,
                OptimizerKind.MOMENTUM, l -> l % 2 == 0 ? Strategy.LOOP : Strategy.UNROLL, true));
        networks.put("Vector100", deep("Vector100", 100, 8, OptimizerKind.SGD, l -> Strategy.LOOP, true));
        return networks;
    }

    /**
     * Every method, the constructor and static initialiser included, stays under HotSpot's limit
     * however deep the network, and the class within the class file's limits.
     */
    @TestFactory
    Stream<DynamicTest> everyMethodIsSmallEnoughForTheJitAtAnyDepth() {
        return deepNetworks().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Network model = e.getValue();
            boolean vector = e.getKey().startsWith("Vector");
            JavaFile source = JavaEmitter.emit(StageGraphs.build(CodeSizeGovernor.plan(model, Optional.empty()).value().orElseThrow()),
                    new EmitOptions("deep", "test", vector)).javaFile();
            assertEquals(vector, InMemoryCompiler.usesVectorApi(source.toString()), e.getKey());
            for (byte[] bytes : InMemoryCompiler.bytecode(source).values()) {
                ClassSummary summary = ClassFileReader.read(bytes);
                assertTrue(summary.methods().stream().anyMatch(m -> m.name().equals("<init>")), summary.name());
                assertEquals(vector, summary.methods().stream().anyMatch(m -> m.name().equals("<clinit>")),
                        summary.name());
                MethodSize largest = summary.largest();
                assertTrue(largest.bytes() < ClassSummary.HUGE_METHOD_LIMIT, summary.name() + "." + largest.name()
                        + " has " + largest.bytes() + " bytes of bytecode: HotSpot would never JIT-compile it");
                assertTrue(summary.constants() < 65_535 && summary.fields() < 65_535, summary.toString());
            }
            if (model.layers().size() <= 100) {
                dev.nnc.runtime.Network net = InMemoryCompiler.instantiate(source);
                boolean[] trainable = net.trainable();
                assertEquals(model.weightCount() + model.biasCount(), trainable.length);
                assertEquals(model.weightCount() + model.layers().stream()
                        .filter(l -> !l.bias().frozen()).mapToInt(Layer::size).sum(),
                        IntStream.range(0, trainable.length).filter(i -> trainable[i]).count());
            }
        }));
    }

    /** The layer past the limit is refused where it is written, without building anything for the layers. */
    @Test
    void theLayerPastTheLimitIsAPositionedError() {
        assertEquals(List.of(), Frontend.analyze(layers(Network.MAX_LAYERS)).diagnostics());
        for (int depth : new int[] {Network.MAX_LAYERS + 1, 20 * Network.MAX_LAYERS}) {
            List<Diagnostic> diagnostics = Frontend.analyze(layers(depth)).diagnostics();
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            Diagnostic error = diagnostics.get(0);
            assertEquals("E037", error.code());
            assertEquals(Network.MAX_LAYERS + 3, error.span().line());
            assertEquals(11, error.span().column());
            assertEquals("layer 'h" + (Network.MAX_LAYERS + 1) + "' is layer " + (Network.MAX_LAYERS + 1) + " of "
                    + depth + "; nnc handles at most " + Network.MAX_LAYERS + " layers in a network", error.message());
        }
    }

    private static SourceFile layers(int depth) {
        StringBuilder text = new StringBuilder("network Deep {\n    input x[1]\n");
        for (int l = 1; l <= depth; l++) {
            text.append("    layer h").append(l).append("[1] tanh\n");
        }
        return new SourceFile("deep.nn", Path.of("deep.nn"), text.append("    loss mse\n}\n").toString());
    }

    @Test
    void aForcedUnrollThatCannotFitOneClassIsAnError() {
        Network huge = network("Huge", 200, new int[] {200, 2}, OptimizerKind.ADAM, Strategy.UNROLL);
        Result<Plan> plan = CodeSizeGovernor.plan(huge, Optional.empty());
        assertTrue(plan.hasErrors());
        Diagnostic error = plan.diagnostics().get(0);
        assertEquals(Code.TOO_LARGE_TO_UNROLL.id(), error.code());
        assertTrue(error.message().contains("write 'loop' after layer 'l0'"), error.message());
    }

    @Test
    void theLargestBenchmarkGeneratesAndCompilesInUnderThirtySeconds() {
        Network model = network("Large", 784, new int[] {128, 10}, OptimizerKind.SGD, Strategy.AUTO);
        long start = System.nanoTime();
        JavaFile source = Compiled.source(model, "timed");
        dev.nnc.runtime.Network net = InMemoryCompiler.instantiate(source);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 30, "784-128-10 took " + seconds + " s to generate and compile");
        assertEquals(784 * 128 + 128 * 10 + 138, net.parameters().length);
    }
}

package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.bytecode.ClassFileReader;
import dev.nnc.compiler.bytecode.ClassSummary;
import dev.nnc.compiler.bytecode.MethodSize;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.load.InMemoryCompiler;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
                    JavaFile source = JavaEmitter.emit(dev.nnc.compiler.plan.CodeSizeGovernor.plan(model,
                            java.util.Optional.empty()).value().orElseThrow(), new EmitOptions("sizes", "test", true));
                    assertTrue(InMemoryCompiler.usesVectorApi(source.toString()), name);
                    // all loops: every method small; mixed: the unrolled layer's methods are larger
                    int limit = name.equals("Mixed") ? ClassSummary.HUGE_METHOD_LIMIT : 1_000;
                    for (byte[] bytes : InMemoryCompiler.bytecode(source).values()) {
                        MethodSize largest = ClassFileReader.read(bytes).largest();
                        assertTrue(largest.bytes() < limit, largest.name() + " has " + largest.bytes() + " bytes");
                    }
                }));
    }

    @Test
    void aForcedUnrollThatCannotFitOneClassIsAnError() {
        Network huge = network("Huge", 200, new int[] {200, 2}, OptimizerKind.ADAM, Strategy.UNROLL);
        Result<Plan> plan = CodeSizeGovernor.plan(huge, Optional.empty());
        assertTrue(plan.hasErrors());
        Diagnostic error = plan.diagnostics().get(0);
        assertEquals(CodeSizeGovernor.TOO_LARGE_TO_UNROLL, error.code());
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

package dev.nnc.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmarked implementations train the same network from the same start: each one's loss on
 * a sample falls as it trains on that sample, and the generated class starts from the file's weights.
 * (The benchmarks themselves are not run by the build: see docs/performance.md.)
 */
class ImplementationsTest {
    @Test
    void everyImplementationLearnsEverySmallNetwork() {
        for (String size : List.of("2-2-2", "4-8-3", "30-16-1", "64-32-10")) {
            BenchmarkNetwork network = BenchmarkNetwork.load(size);
            assertArrayEquals(network.initialParameters(), network.generated().parameters(), size);
            double[][][] samples = network.samples();
            double[] x = samples[0][0];
            double[] t = samples[1][0];
            for (Implementation implementation : Implementation.values()) {
                Step step = implementation.create(network);
                double first = step.train(x, t);
                double later = first;
                for (int i = 0; i < 20; i++) {
                    later = step.train(x, t);
                }
                assertTrue(later < first, implementation + " on " + size + ": loss " + first + " -> " + later);
            }
        }
    }

    @Test
    void theVectorApiClassComputesTheSameBits() {
        for (String size : List.of("4-8-3", "30-16-1", "64-32-10")) {
            BenchmarkNetwork network = BenchmarkNetwork.load(size);
            dev.nnc.runtime.Network scalar = network.generated();
            dev.nnc.runtime.Network vector = network.generatedWithVectorApi();
            assertTrue(vector.getClass().getName().contains(".vector."), vector.getClass().getName());
            double[][][] samples = network.samples();
            for (int s = 0; s < 3 * BenchmarkNetwork.SAMPLES; s++) {
                int i = s % BenchmarkNetwork.SAMPLES;
                assertEquals(scalar.train(samples[0][i], samples[1][i]), vector.train(samples[0][i], samples[1][i]),
                        size + " step " + s);
            }
            assertArrayEquals(scalar.parameters(), vector.parameters(), size);
        }
    }

    @Test
    void theFloatClassesAgreeWithEachOtherToTheBitAndWithDoubleClosely() {
        BenchmarkNetwork network = BenchmarkNetwork.load("64-32-10");
        dev.nnc.runtime.Network scalar = network.generatedInFloat(false);
        dev.nnc.runtime.Network vector = network.generatedInFloat(true);
        dev.nnc.runtime.Network twin = network.generated();
        double[][][] samples = network.samples();
        for (int s = 0; s < BenchmarkNetwork.SAMPLES; s++) {
            double loss = scalar.train(samples[0][s], samples[1][s]);
            assertEquals(loss, vector.train(samples[0][s], samples[1][s]), "step " + s);
            double want = twin.train(samples[0][s], samples[1][s]);
            assertTrue(Math.abs(loss - want) <= 1e-5 * want, "float " + loss + ", double " + want);
        }
        assertArrayEquals(scalar.parameters(), vector.parameters());
    }

    @Test
    void theGeneratedClassAndTheGenericMlpAgree() {
        BenchmarkNetwork network = BenchmarkNetwork.load("64-32-10");
        dev.nnc.runtime.Network generated = network.generated();
        dev.nnc.runtime.Network generic = network.generic();
        double[][][] samples = network.samples();
        for (int s = 0; s < BenchmarkNetwork.SAMPLES; s++) {
            generated.train(samples[0][s], samples[1][s]);
            generic.train(samples[0][s], samples[1][s]);
        }
        double[] a = generated.parameters();
        double[] b = generic.parameters();
        for (int p = 0; p < a.length; p++) {
            assertTrue(Math.abs(a[p] - b[p]) <= 1e-12 * Math.max(1, Math.abs(a[p])), "parameter " + p + ": "
                    + Arrays.toString(new double[] {a[p], b[p]}));
        }
    }

    @Test
    void theVariantsComputeTheGenericMlpsBitsAndTheirVectorTwinsToo() {
        for (String size : BenchmarkNetwork.VARIANTS) {
            BenchmarkNetwork network = BenchmarkNetwork.load(size);
            dev.nnc.runtime.Network generated = network.generated();
            dev.nnc.runtime.Network vector = network.generatedWithVectorApi();
            dev.nnc.runtime.Network generic = network.generic();
            double[][][] samples = network.samples();
            for (int s = 0; s < 4 * BenchmarkNetwork.SAMPLES; s++) {
                int i = s % BenchmarkNetwork.SAMPLES;
                double loss = generated.train(samples[0][i], samples[1][i]);
                assertEquals(loss, vector.train(samples[0][i], samples[1][i]), size + " step " + s);
                assertEquals(loss, generic.train(samples[0][i], samples[1][i]), 1e-12 * loss, size + " step " + s);
            }
            assertArrayEquals(generated.parameters(), vector.parameters(), size);
            assertArrayEquals(generated.parameters(), generic.parameters(), 1e-12, size);
        }
    }
}

package dev.nnc.bench;

import dev.nnc.runtime.Exp;
import dev.nnc.runtime.Tanh;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per call of the activations' functions, over 1,024 inputs in [-3, 3] (where
 * networks' sums live): the runtime's glibc-exact {@link Tanh#tanh} against the JDK's {@link
 * Math#tanh} (a native call, and not bit-exact), and sigmoid as the generated code writes it, on the
 * runtime's {@link Exp#exp} and on {@link Math#exp}. Each method runs in its own fork:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main FunctionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FunctionBenchmark {
    private static final int SIZE = 1024;
    private final double[] inputs = new double[SIZE];
    private final double[] outputs = new double[SIZE];

    @Setup
    public void setUp() {
        Random random = new Random(15);
        for (int i = 0; i < SIZE; i++) {
            inputs[i] = random.nextDouble() * 6 - 3;
        }
    }

    /** Nanoseconds per element are the score divided by 1,024. */
    @Benchmark
    public double[] tanhNnc() {
        for (int i = 0; i < SIZE; i++) {
            outputs[i] = Tanh.tanh(inputs[i]);
        }
        return outputs;
    }

    @Benchmark
    public double[] tanhJdk() {
        for (int i = 0; i < SIZE; i++) {
            outputs[i] = Math.tanh(inputs[i]);
        }
        return outputs;
    }

    @Benchmark
    public double[] sigmoidNnc() {
        for (int i = 0; i < SIZE; i++) {
            outputs[i] = 1 / (1 + Exp.exp(-inputs[i]));
        }
        return outputs;
    }

    @Benchmark
    public double[] sigmoidJdk() {
        for (int i = 0; i < SIZE; i++) {
            outputs[i] = 1 / (1 + Math.exp(-inputs[i]));
        }
        return outputs;
    }
}

package dev.nnc.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training samples per second: one sgd step on one sample (batch of one), cycling through
 * {@link BenchmarkNetwork#SAMPLES} fixed samples, for every network size and implementation. Each
 * combination runs in its own JVM, so each call site sees one implementation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TrainingBenchmark {
    @Param({"2-2-2", "4-8-3", "30-16-1", "64-32-10", "784-128-10", "64-32-10-adam", "64-32-10-momentum",
        "64-32-10-tanh"})
    public String network;

    @Param({"nnc", "nnc_vector", "nnc_float", "nnc_float_vector", "generic", "encog", "interpreter"})
    public String implementation;

    private Step step;
    private double[][] inputs;
    private double[][] targets;
    private int next;

    @Setup
    public void setUp() {
        BenchmarkNetwork benchmark = BenchmarkNetwork.load(network);
        step = Implementation.valueOf(implementation.toUpperCase(Locale.ROOT)).create(benchmark);
        double[][][] samples = benchmark.samples();
        inputs = samples[0];
        targets = samples[1];
    }

    @Benchmark
    public double trainingStep() {
        int i = next;
        next = (i + 1) & (BenchmarkNetwork.SAMPLES - 1);
        return step.train(inputs[i], targets[i]);
    }
}

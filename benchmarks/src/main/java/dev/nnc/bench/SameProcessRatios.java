package dev.nnc.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Ratios of per-sample cost measured in one JVM, alternating between a baseline and the other
 * implementations in short rounds, so that the load of a shared machine (which moves JMH's
 * separate forks by ±15%) falls on both sides of each ratio alike. Each round trains every
 * implementation for about {@link #ROUND_NANOS} on the same 16 samples; a ratio is the median over
 * the rounds of (the other's time per sample / the baseline's), with its quartiles.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.nnc.bench.SameProcessRatios
 * [ROUNDS] [BASELINE_NETWORK/IMPLEMENTATION OTHER/IMPLEMENTATION ...]}; without arguments, the
 * 64-32-10 comparisons of docs/performance.md.
 */
public final class SameProcessRatios {
    private static final long ROUND_NANOS = 40_000_000L;
    private static final List<String> DEFAULT = List.of("64-32-10/nnc", "64-32-10-adam/nnc",
            "64-32-10-momentum/nnc", "64-32-10-tanh/nnc", "64-32-10/encog", "64-32-10/generic",
            "64-32-10/nnc_vector", "64-32-10-adam/nnc_vector", "64-32-10-momentum/nnc_vector");

    private SameProcessRatios() {
    }

    /** One implementation of one network, with its samples. */
    private record Subject(String name, Step step, double[][] inputs, double[][] targets) {
        static Subject of(String spec) {
            String[] parts = spec.split("/");
            BenchmarkNetwork network = BenchmarkNetwork.load(parts[0]);
            Step step = Implementation.valueOf(parts[1].toUpperCase(Locale.ROOT)).create(network);
            double[][][] samples = network.samples();
            return new Subject(spec, step, samples[0], samples[1]);
        }

        /** Nanoseconds per sample over {@code samples} steps. */
        double nanosPerSample(long samples) {
            double sink = 0;
            long start = System.nanoTime();
            for (long s = 0; s < samples; s++) {
                int i = (int) (s & (BenchmarkNetwork.SAMPLES - 1));
                sink += step.train(inputs[i], targets[i]);
            }
            long elapsed = System.nanoTime() - start;
            if (sink == 42.0) {
                System.out.print("");
            }
            return (double) elapsed / samples;
        }
    }

    public static void main(String[] args) throws java.io.IOException {
        int rounds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 40;
        List<String> specs = Arrays.stream(args).filter(a -> a.contains("/")).toList();
        List<Subject> subjects = (specs.isEmpty() ? DEFAULT : specs).stream().map(Subject::of).toList();
        long[] perRound = new long[subjects.size()];
        for (int i = 0; i < subjects.size(); i++) {
            Subject subject = subjects.get(i);
            subject.nanosPerSample(20_000);
            double nanos = subject.nanosPerSample(20_000);
            perRound[i] = Math.max(1_000, (long) (ROUND_NANOS / nanos));
            subject.nanosPerSample(perRound[i] * 10);
        }
        List<List<Double>> times = new ArrayList<>();
        subjects.forEach(s -> times.add(new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < subjects.size(); i++) {
                times.get(i).add(subjects.get(i).nanosPerSample(perRound[i]));
            }
        }
        System.out.println(Report.machine());
        System.out.printf(Locale.ROOT, "%n%d rounds of about %d ms each, alternating; baseline %s%n%n", rounds,
                ROUND_NANOS / 1_000_000, subjects.get(0).name());
        System.out.println("| network/implementation | ns per sample (median) | cost / baseline (median) | quartiles |");
        System.out.println("|---|---:|---:|---:|");
        for (int i = 0; i < subjects.size(); i++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = times.get(i).get(r) / times.get(0).get(r);
            }
            double[] own = times.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f× | %.2f–%.2f |%n", subjects.get(i).name(),
                    own[rounds / 2], ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
        }
    }
}

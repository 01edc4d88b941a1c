package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.load.ClassCache;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.plan.LayerPlan;
import dev.nnc.runtime.GenericMlp;
import dev.nnc.runtime.LayerShape;
import dev.nnc.runtime.Loss;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnc bench FILE.nn}: the quick version of the benchmarks module. Compiles the network in
 * memory (timing generation and javac), then times training steps of the generated class and of
 * the runtime's generic array-based MLP on the same samples, in rounds that alternate between them
 * after a warm-up, and prints each one's median. A float class is timed beside its double twin
 * (with {@code --vector}, both with the Vector API), for the ratio of the two.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times generating and compiling FILE.nn, then training steps per second of the generated "
                + "class and of a generic array-based Java MLP for the same network, and their ratio.")
final class BenchCommand implements Callable<Integer> {
    /** Samples the steps cycle through (a power of two). */
    private static final int SAMPLES = 16;

    @Parameters(paramLabel = "FILE.nn", description = "The network to time.")
    Path file;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "7",
            description = "Timed rounds per implementation, alternating (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "0.5",
            description = "Length of each round (default: ${DEFAULT-VALUE}); the warm-up is four rounds.")
    double seconds;

    @picocli.CommandLine.Mixin
    VectorOption vector;

    @picocli.CommandLine.Mixin
    PrecisionOption precision;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @picocli.CommandLine.Mixin
    CacheOption cache;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        if (rounds < 1 || !(seconds > 0)) {
            reporter.usage("--rounds must be at least 1 and --seconds more than 0");
            return Main.USAGE;
        }
        if (!vector.usable(reporter)) {
            return Main.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Optional<CompiledNetwork> result = Models.compile(file, "", false, precision.value(), reporter);
        if (result.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork compiled = result.get();
        String java = compiled.javaFile().toString();
        long generated = System.nanoTime();
        ClassCache.Loaded type = cache.cache().get(compiled.className(), java);
        dev.nnc.runtime.Network network = NetworkClasses.instantiate(compiled, type.type());
        long loaded = System.nanoTime();
        Network model = compiled.model();
        boolean single = model.precision() == Precision.FLOAT;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(single ? "nnc generated, float" : "nnc generated class", network::train));
        Optional<CompiledNetwork> vectorised = vector.enabled
                ? Models.compile(file, "vector", true, precision.value(), reporter) : Optional.empty();
        vectorised.ifPresent(v -> rows.add(new Row(single ? "float, Vector API" : "nnc with Vector API",
                instance(v)::train)));
        if (single) {
            rows.add(new Row("double twin", instance(twin(false, reporter))::train));
            if (vector.enabled) {
                rows.add(new Row("double, Vector API", instance(twin(true, reporter))::train));
            }
        }
        rows.add(new Row("generic Java MLP", generic(model, network.parameters())::train));
        out.printf(Locale.ROOT, "%s: %s, %,d weights and %,d biases; layers %s%s%n", model.name(), shape(model),
                model.weightCount(), model.biasCount(), strategies(vectorised.orElse(compiled)),
                single ? "; in float" : "");
        out.printf(Locale.ROOT, "  generate source %8.0f ms  (%,d characters of Java)%n", (generated - start) / 1e6,
                java.length());
        out.printf(Locale.ROOT, type.cached() ? "  load, cached    %8.0f ms  (--no-cache to time javac)%n"
                : "  javac + load    %8.0f ms%n", (loaded - generated) / 1e6);
        out.flush();
        double[][][] samples = samples(model);
        double[][] perSecond = time(rows.stream().map(Row::step).toArray(Step[]::new), samples);
        out.printf(Locale.ROOT, "  training steps per second (%s; median of %d rounds of %.1f s, after a warm-up):%n",
                measured(model), rounds, seconds);
        String row = single ? "    %-26s " : "    %-20s ";
        for (int r = 0; r < rows.size(); r++) {
            out.printf(Locale.ROOT, row + "%,14.0f%n", rows.get(r).label(), median(perSecond[r]));
        }
        double generic = median(perSecond[rows.size() - 1]);
        out.printf(Locale.ROOT, row + "%14.2fx%n", "ratio", median(perSecond[0]) / generic);
        int variants = vector.enabled ? 2 : 1;
        if (vector.enabled) {
            out.printf(Locale.ROOT, row + "%14.2fx%n", "ratio, Vector API", median(perSecond[1]) / generic);
        }
        if (single) {
            out.printf(Locale.ROOT, row + "%14.2fx%n", "float / double", median(perSecond[0])
                    / median(perSecond[variants]));
            if (vector.enabled) {
                out.printf(Locale.ROOT, row + "%14.2fx%n", "float / double, Vector API", median(perSecond[1])
                        / median(perSecond[variants + 1]));
            }
        }
        out.flush();
        return 0;
    }

    /** A timed implementation and its line in the table. */
    private record Row(String label, Step step) {
    }

    /** The file's network compiled in double, for the ratio of a float class to it. */
    private CompiledNetwork twin(boolean vectorApi, Reporter reporter) {
        return Models.compile(file, vectorApi ? "twinvector" : "twin", vectorApi, Optional.of(Precision.DOUBLE),
                reporter).orElseThrow(() -> new IllegalStateException("compiled in float but not in double"));
    }

    private dev.nnc.runtime.Network instance(CompiledNetwork compiled) {
        return NetworkClasses.instantiate(compiled, cache.cache());
    }

    /** One training step of one implementation. */
    @FunctionalInterface
    private interface Step {
        double train(double[] x, double[] t);
    }

    /** Samples per second of each step, per round; rounds alternate between the steps. */
    private double[][] time(Step[] steps, double[][][] samples) {
        double[][] perSecond = new double[steps.length][rounds];
        long roundNanos = (long) (seconds * 1e9);
        double sink = 0;
        for (int round = -4; round < rounds; round++) {
            for (int s = 0; s < steps.length; s++) {
                long begin = System.nanoTime();
                long count = 0;
                long now = begin;
                while (now - begin < roundNanos) {
                    for (int i = 0; i < 64; i++) {
                        int k = (int) (count++ & (SAMPLES - 1));
                        sink += steps[s].train(samples[0][k], samples[1][k]);
                    }
                    now = System.nanoTime();
                }
                if (round >= 0) {
                    perSecond[s][round] = count / ((now - begin) / 1e9);
                }
            }
        }
        if (sink == 42.0) {
            spec.commandLine().getErr().println();
        }
        return perSecond;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Standard normal inputs; targets one-hot for cross_entropy, in (0.1, 0.9) otherwise. */
    private static double[][][] samples(Network model) {
        Random random = new Random(42);
        int outputs = model.output().size();
        double[][] x = new double[SAMPLES][model.input().size()];
        double[][] t = new double[SAMPLES][outputs];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < x[s].length; i++) {
                x[s][i] = random.nextGaussian();
            }
            int hot = random.nextInt(outputs);
            for (int k = 0; k < outputs; k++) {
                t[s][k] = model.loss() == Loss.CROSS_ENTROPY ? (k == hot ? 1 : 0) : 0.1 + 0.8 * random.nextDouble();
            }
        }
        return new double[][][] {x, t};
    }

    private static GenericMlp generic(Network model, double[] parameters) {
        List<LayerShape> shapes = new ArrayList<>();
        for (Layer layer : model.layers()) {
            shapes.add(new LayerShape(layer.size(), layer.activation(), layer.alpha(), layer.bias().mode(),
                    layer.bias().frozen()));
        }
        return new GenericMlp(model.name(), model.input().size(), shapes, model.loss(), model.optimizer(),
                model.input().normalize(), parameters);
    }

    /**
     * What one step is: "one sample and one adam update", the network's own optimizer; a step is
     * always one sample and one update ({@code Network.train(x, t)}), whatever the file's batch.
     */
    static String measured(Network model) {
        String optimizer = model.optimizer().kind().spelling();
        int batch = model.training().batch();
        return "one sample and one " + optimizer + " update"
                + (batch == 1 ? "" : "; the file's batch of " + batch + " is not used here");
    }

    private static String shape(Network model) {
        StringBuilder s = new StringBuilder().append(model.input().size());
        model.layers().forEach(l -> s.append('-').append(l.size()));
        return s.toString();
    }

    private static String strategies(CompiledNetwork compiled) {
        List<String> parts = new ArrayList<>();
        for (LayerPlan layer : compiled.plan().layers()) {
            parts.add(layer.layer().name() + " " + (layer.unrolled() ? "unrolled" : "loops"));
            if (compiled.options().vectorises(layer)) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " (Vector API)");
            }
        }
        return String.join(", ", parts);
    }
}

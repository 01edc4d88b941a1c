package dev.nnc.cli;

import dev.nnc.cli.sweep.Folds;
import dev.nnc.cli.sweep.NetworkClass;
import dev.nnc.cli.sweep.SweepBackend;
import dev.nnc.cli.sweep.SweepData;
import dev.nnc.cli.sweep.SweepGrid;
import dev.nnc.cli.sweep.SweepJob;
import dev.nnc.cli.sweep.SweepPlan;
import dev.nnc.cli.sweep.SweepScore;
import dev.nnc.cli.sweep.SweepTask;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.data.ValidationData;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.parse.SourceParser;
import dev.nnc.compiler.sweep.NetworkEdits;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.TrainingPlan;
import dev.nnc.runtime.TrainingResult;
import dev.nnc.runtime.Weights;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnc sweep FILE.nn --grid NAME=v1,v2 ...}: every combination of the grid's settings, each a
 * changed copy of the parsed file checked again, trained and scored on the validation data (or by
 * K-fold cross-validation), as a table best first; on every core, or on Spark with {@code --spark}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Trains the network once per combination of the --grid settings and prints them best first, "
                + "scored on the file's validation data or by --folds K cross-validation (5 folds when the file has "
                + "no validation data). The same grid gives the "
                + "same table however many threads (or Spark executors) run it.")
final class SweepCommand implements Callable<Integer> {
    /** The folds of the cross-validation that scores a file without validation data, without --folds. */
    static final int DEFAULT_FOLDS = 5;

    @Parameters(paramLabel = "FILE.nn", description = "The network to sweep.")
    Path file;

    @Option(names = "--grid", paramLabel = "NAME=V1,V2", description = "A setting and its values: epochs, batch, "
            + "seed (the initial weights' and the shuffle's), a layer's size by its name (h=8,16), or a parameter "
            + "of the optimizer (rate, weight_decay, beta1, ...). Whole-number ranges as seed=1..5. Repeat for more.")
    List<String> grids = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", description = "Score by stratified K-fold cross-validation of the "
            + "training data (the mean over the folds) instead of the file's validation data.")
    Integer folds;

    @Option(names = "--fold-seed", paramLabel = "S", description = "With --folds: the seed of the folds (default 0).")
    Long foldSeedOption;

    private long foldSeed;

    @Option(names = "--threads", paramLabel = "N", description = "Train up to N combinations at once (default: "
            + "every core, here ${DEFAULT-VALUE}); the table is the same whatever N.")
    int threads = ParallelRuns.cores();

    @Option(names = "--spark", paramLabel = "MASTER", description = "Run the trainings as a Spark job on MASTER "
            + "(local[2], spark://host:7077, yarn); needs the nnc-spark module (./nnc adds it, see docs/scaling.md).")
    String spark;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--save", paramLabel = "FILE.json", description = "Train the best combination on all the "
            + "training data and write its weights file (as nnc train --save does).")
    Path save;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Draw the metric against each setting (the "
            + "best row at each value) into a PNG file.")
    Path plot;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One combination, checked: its model and the index of its generated class among the distinct ones. */
    private record Variant(Network model, int network) {
    }

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        if (threads < 1) {
            reporter.usage("--threads must be 1 or more, not " + threads);
            return Main.USAGE;
        }
        if (foldSeedOption != null && folds == null) {
            reporter.usage("--fold-seed is a setting of the folds; give --folds K too");
            return Main.USAGE;
        }
        foldSeed = foldSeedOption == null ? 0 : foldSeedOption;
        if (plot != null && !plot.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            reporter.usage("--plot needs a file name ending in .png, not '" + plot + "'");
            return Main.USAGE;
        }
        SweepGrid.Result parsedGrid = SweepGrid.parse(grids);
        parsedGrid.problems().forEach(p -> reporter.failure(p + " [" + Code.BAD_SWEEP_VALUES.id() + "]"));
        SweepGrid grid = parsedGrid.grid();
        if (!Outputs.writable(reporter, plot, save)) {
            return Main.MODEL_ERROR;
        }
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork base = compiled.get();
        NetworkFile parsed = SourceParser.parse(base.source()).value().orElseThrow();
        if (!knownSettings(grid, parsed, reporter) || !parsedGrid.problems().isEmpty()) {
            return Main.MODEL_ERROR;
        }
        Optional<Samples> samples = samples(base, reporter);
        if (samples.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        List<Map<String, String>> combinations = grid.combinations();
        List<NetworkClass> classes = new ArrayList<>();
        Optional<List<Variant>> variants = variants(base, parsed, combinations, classes, reporter);
        if (variants.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        SweepData data = samples.get().data();
        List<SweepJob> jobs = new ArrayList<>();
        for (int c = 0; c < combinations.size(); c++) {
            Variant variant = variants.get().get(c);
            for (int s = 0; s < data.splits().size(); s++) {
                jobs.add(new SweepJob(c, variant.network(), variant.model().optimizer().rate(),
                        SweepPlan.of(variant.model().training()), s));
            }
        }
        Optional<List<SweepScore>> scores = spark == null ? Optional.of(runLocally(classes, jobs, data, threads))
                : runOnSpark(classes, jobs, data, reporter);
        if (scores.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        SweepTable table = SweepTable.of(base.model().name(), samples.get().description(), grid, combinations,
                scores.get());
        return report(table, base, variants.get(), samples.get(), reporter) ? 0 : Main.MODEL_ERROR;
    }

    /** Whether every setting of the grid is one the file has; else E065 for each that is not. */
    private static boolean knownSettings(SweepGrid grid, NetworkFile parsed, Reporter reporter) {
        List<String> settable = NetworkEdits.settable(parsed);
        boolean ok = true;
        for (SweepGrid.Axis axis : grid.axes()) {
            if (NetworkEdits.outputLayer(parsed).filter(axis.name()::equals).isPresent()) {
                reporter.failure("--grid " + axis.name() + ": '" + axis.name() + "' is the output layer, whose size "
                        + "the data and the loss decide; a sweep changes hidden layers only ["
                        + Code.UNKNOWN_SWEEP_SETTING.id() + "]");
                ok = false;
            } else if (!settable.contains(axis.name())) {
                reporter.failure("--grid " + axis.name() + ": the network has no setting or layer '" + axis.name()
                        + "'" + Suggestions.closest(axis.name(), settable).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("") + "; it can sweep " + String.join(", ", settable) + " ["
                        + Code.UNKNOWN_SWEEP_SETTING.id() + "]");
                ok = false;
            }
        }
        return ok;
    }

    /** The sweep's samples, their splits, what they are (for the table's title) and the samples to save from. */
    private record Samples(SweepData data, String description, ValidationData.Sets all) {
    }

    private Optional<Samples> samples(CompiledNetwork base, Reporter reporter) {
        if (folds != null) {
            Optional<Dataset> training = Models.trainingData(base, "to sweep", reporter);
            return training.flatMap(t -> crossValidated(t, folds, "", reporter));
        }
        Optional<ValidationData.Sets> sets = Models.trainingSets(base, "to sweep", reporter);
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        Dataset training = sets.get().training();
        if (sets.get().validation().isEmpty()) {
            if (training.size() < 2) {
                reporter.failure(base.model().name() + " has no validation data and one training sample, too few "
                        + "to cross-validate: add a 'validation' statement to " + file + " or more training samples ["
                        + Code.NO_SWEEP_VALIDATION.id() + "]");
                return Optional.empty();
            }
            return crossValidated(training, Math.min(DEFAULT_FOLDS, training.size()),
                    ", as the file has no validation data", reporter);
        }
        Dataset validation = sets.get().validation().get();
        int n = training.size();
        int m = validation.size();
        double[][] inputs = new double[n + m][];
        double[][] targets = new double[n + m][];
        for (int i = 0; i < n + m; i++) {
            inputs[i] = i < n ? training.input(i) : validation.input(i - n);
            targets[i] = i < n ? training.target(i) : validation.target(i - n);
        }
        int[] trained = java.util.stream.IntStream.range(0, n).toArray();
        int[] validated = java.util.stream.IntStream.range(n, n + m).toArray();
        SweepData data = new SweepData(inputs, targets, training.classNames(),
                List.of(new SweepData.Split(trained, validated)));
        return Optional.of(new Samples(data, m + " validation sample" + (m == 1 ? "" : "s") + " (trained on "
                + n + ")", sets.get()));
    }

    /** {@code k}-fold cross-validation of {@code training}; {@code why} ends the table's title. */
    private Optional<Samples> crossValidated(Dataset training, int k, String why, Reporter reporter) {
        int n = training.size();
        if (k < 2 || k > n) {
            reporter.failure("--folds " + k + ": cross-validation needs from 2 folds to one per training sample ("
                    + n + ") [" + Code.BAD_FOLDS.id() + "]");
            return Optional.empty();
        }
        double[][] inputs = new double[n][];
        double[][] targets = new double[n][];
        for (int i = 0; i < n; i++) {
            inputs[i] = training.input(i);
            targets[i] = training.target(i);
        }
        SweepData data = new SweepData(inputs, targets, training.classNames(), Folds.of(training, k, foldSeed));
        return Optional.of(new Samples(data, k + "-fold cross-validation of " + n + " samples (fold seed "
                + foldSeed + ")" + why, new ValidationData.Sets(training, Optional.empty())));
    }

    /**
     * Each combination's model, checked again from the changed file, and its class: the distinct classes
     * (a combination's model with the file's rate, which is set when training) compiled once each, into
     * {@code classes}. Empty after reporting every combination the checker refuses.
     */
    private Optional<List<Variant>> variants(CompiledNetwork base, NetworkFile parsed,
                                             List<Map<String, String>> combinations, List<NetworkClass> classes,
                                             Reporter reporter) {
        double fileRate = base.model().optimizer().rate();
        Map<String, List<String>> refused = new LinkedHashMap<>();
        Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
        Map<String, Integer> bySource = new HashMap<>();
        List<Variant> variants = new ArrayList<>();
        for (Map<String, String> combination : combinations) {
            Result<CompiledNetwork> result = OutOfMemory.guard("checking the sweep's combinations", reporter, () ->
                    Optional.of(compile(base, parsed, combination, fileRate))).orElse(null);
            if (result == null) {
                return Optional.empty();
            }
            if (result.hasErrors()) {
                String key = result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining());
                refused.computeIfAbsent(key, k -> new ArrayList<>()).add(label(combination));
                diagnostics.put(key, result.diagnostics());
                continue;
            }
            CompiledNetwork variant = result.value().orElseThrow();
            String source = variant.javaFile().toString();
            Integer index = bySource.get(source);
            if (index == null) {
                index = classes.size();
                bySource.put(source, index);
                String name = variant.javaFile().typeSpec().name();
                classes.add(new NetworkClass(name, InMemoryCompiler.bytecode(variant.javaFile())));
            }
            variants.add(new Variant(variant.model(), index));
        }
        for (Map.Entry<String, List<String>> refusal : refused.entrySet()) {
            List<String> which = refusal.getValue();
            reporter.failure("the grid's combination " + which.get(0) + (which.size() > 1 ? " (and " + (which.size() - 1)
                    + " more with the same errors)" : "") + " is not a valid network:");
            reporter.diagnostics(diagnostics.get(refusal.getKey()));
        }
        return refused.isEmpty() ? Optional.of(variants) : Optional.empty();
    }

    /**
     * The combination's network compiled: its file changed and checked again; the class it compiles to
     * has the file's rate (each job sets its own), so that combinations differing in rate share it; the
     * model has the combination's rate.
     */
    private static Result<CompiledNetwork> compile(CompiledNetwork base, NetworkFile parsed,
                                                   Map<String, String> combination, double fileRate) {
        Result<Network> checked = dev.nnc.compiler.Frontend.analyze(NetworkEdits.apply(parsed, combination),
                base.source());
        if (checked.hasErrors()) {
            return Result.failed(checked.diagnostics());
        }
        Network model = checked.value().orElseThrow();
        Network shared = withRate(model, fileRate);
        Result<CompiledNetwork> compiled = NncCompiler.compile(base.source(), shared, "", false);
        if (compiled.hasErrors()) {
            return compiled;
        }
        CompiledNetwork c = compiled.value().orElseThrow();
        return Result.of(c.withModel(model), List.of());
    }

    private static Network withRate(Network m, double rate) {
        return new Network(m.name(), m.sourceName(), m.input(), m.layers(), m.loss(), m.optimizer().withRate(rate),
                m.training(), m.data(), m.test(), m.lossLine(), m.optimizerLine(), m.precision(), m.validation(),
                m.split(), m.classNames());
    }

    /** {@code h=8, rate=0.1}. */
    private static String label(Map<String, String> combination) {
        return combination.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The scores of {@code jobs} on this JVM's threads, each job's class loaded once. */
    static List<SweepScore> runLocally(List<NetworkClass> classes, List<SweepJob> jobs, SweepData data, int threads) {
        List<Class<?>> loaded = classes.stream().<Class<?>>map(NetworkClass::load).toList();
        List<Callable<SweepScore>> calls = new ArrayList<>();
        for (SweepJob job : jobs) {
            calls.add(() -> SweepTask.run(loaded.get(job.network()), job, data));
        }
        return ParallelRuns.run(calls, threads);
    }

    private Optional<List<SweepScore>> runOnSpark(List<NetworkClass> classes, List<SweepJob> jobs, SweepData data,
                                                  Reporter reporter) {
        Optional<SweepBackend> backend = ServiceLoader.load(SweepBackend.class).findFirst();
        if (backend.isEmpty()) {
            reporter.failure("--spark needs the nnc-spark module and Spark on the class path: run it through ./nnc, "
                    + "which adds them when --spark is given, or with spark-submit (see docs/scaling.md)");
            return Optional.empty();
        }
        return Optional.of(backend.get().run(spark, classes, jobs, data));
    }

    /** Prints the table, writes the plot and the best weights; true when all went well. */
    private boolean report(SweepTable table, CompiledNetwork base, List<Variant> variants, Samples samples,
                           Reporter reporter) {
        PrintWriter out = spec.commandLine().getOut();
        List<Outputs.Pending> outputs = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Optional<SweepTable.Row> best = table.best();
        if (save != null && best.isPresent()) {
            Variant variant = variants.get(best.get().combination());
            outputs.add(new Outputs.Pending(save, () -> bestWeights(base, variant, samples)));
            written.add("  weights   " + save);
        }
        if (plot != null) {
            outputs.add(new Outputs.Pending(plot, () -> SweepPlot.draw(table)));
            written.add("  plot      " + plot);
        }
        boolean ok = Outputs.write(outputs, reporter);
        out.print(json ? table.toJson() + System.lineSeparator() : table.toText());
        if (!json && ok) {
            written.forEach(out::println);
        }
        out.flush();
        if (best.isEmpty()) {
            reporter.failure("every combination diverged" + (save != null ? "; no weights saved" : ""));
            return false;
        }
        return ok;
    }

    /** The best combination trained again (on all the training data, when cross-validating) as a weights file. */
    private byte[] bestWeights(CompiledNetwork base, Variant variant, Samples samples) {
        List<NetworkClass> classes = new ArrayList<>();
        CompiledNetwork compiled = NncCompiler.compile(base.source(), variant.model(), "", false).value().orElseThrow();
        classes.add(new NetworkClass(compiled.javaFile().typeSpec().name(),
                InMemoryCompiler.bytecode(compiled.javaFile())));
        dev.nnc.runtime.Network net = NetworkClass.instantiate(classes.get(0).load());
        TrainingPlan plan = variant.model().training();
        TrainingRun run = TrainingRun.train(net, variant.model().optimizer().rate(), samples.all(), Optional.empty(),
                plan, false, Progress.NONE);
        TrainingResult result = run.result().orElseThrow(() -> new IllegalStateException("the best run diverged"));
        Provenance provenance = new Provenance(variant.model().name(), Optional.of(Models.sourceHash(base)),
                Optional.of(NncCompiler.VERSION), plan.shuffleSeed(), OptionalInt.of(result.epochs()),
                OptionalDouble.of(run.rate()), OptionalDouble.of(result.finalLoss()));
        return Weights.toJson(net, provenance).getBytes(StandardCharsets.UTF_8);
    }
}

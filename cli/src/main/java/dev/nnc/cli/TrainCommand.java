package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.data.ValidationData;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.TrainingPlan;
import dev.nnc.runtime.TrainingResult;
import dev.nnc.runtime.Weights;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nnc train FILE.nn}: compiles the network in memory, trains it as the file says (once per
 * {@code --rate} given), reports, and optionally plots the losses and saves the weights.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Compiles the network in memory, trains it as the file says (flags override) and prints a "
                + "summary. Training that diverges (a NaN or infinite loss or parameter) stops with exit code 1.")
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE.nn", description = "The network to train.")
    Path file;

    @Option(names = "--epochs", paramLabel = "N", description = "Train for N epochs instead of the file's number.")
    Integer epochs;

    @Option(names = "--rate", paramLabel = "R", split = ",",
            description = "Use learning rate R instead of the file's. Several rates train one fresh copy each "
                    + "(a learning-rate study: one curve per rate with --plot, a \"runs\" array with --json).")
    List<Double> rates;

    @Option(names = "--threads", paramLabel = "N",
            description = "With several rates: train up to N of them at once (default: every core, here "
                    + "${DEFAULT-VALUE}); the results are the same, bit for bit, whatever N.")
    int threads = ParallelRuns.cores();

    @Option(names = "--json", description = "Print one JSON object (see docs/cli.md) instead of the summary.")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Draw the loss per epoch (and the test loss, with test data) into a PNG or SVG file. The "
                    + "loss axis becomes logarithmic by itself when the losses span more than three decades.")
    Path plot;

    @Option(names = "--log-y", description = "With --plot: draw the loss on a logarithmic axis (labelled at every "
            + "power of ten); ignored, with a warning, when some loss is zero or negative.")
    boolean logY;

    @Option(names = "--save", paramLabel = "FILE.json",
            description = "Write the trained parameters, normalisation, architecture and provenance to a JSON weights "
                    + "file (see docs/training.md), atomically.")
    Path save;

    @Option(names = "--onnx", paramLabel = "MODEL.onnx",
            description = "Write the trained network, with its input normalisation and a training summary, as an "
                    + "ONNX model (as 'nnc export' does), atomically.")
    Path onnx;

    @Option(names = {"-w", "--weights"}, paramLabel = "W.json",
            description = "Start from the parameters and input normalisation of a weights file written by "
                    + "'nnc train --save' (fine-tuning, or resuming a run) instead of the file's initial weights; "
                    + "refused when saved for another architecture.")
    Path weights;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

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
        Optional<String> usage = usageError();
        if (usage.isPresent()) {
            reporter.usage(usage.get());
            return Main.USAGE;
        }
        if (!vector.usable(reporter)) {
            return Main.USAGE;
        }
        if (!Outputs.writable(reporter, plot, save, onnx)) {
            return Main.MODEL_ERROR;
        }
        Optional<CompiledNetwork> compiled = Models.compile(file, "", vector.enabled, precision.value(), reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork network = compiled.get();
        Optional<ValidationData.Sets> sets = Models.trainingSets(network, "to train on", reporter);
        Optional<Optional<Dataset>> test = network.model().test()
                .map(source -> Models.data(network, source, reporter).map(Optional::of).orElse(null))
                .or(() -> Optional.of(Optional.empty()));
        if (sets.isEmpty() || test.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        TrainingPlan plan = epochs == null ? network.model().training() : network.model().training().withEpochs(epochs);
        Optional<List<TrainingRun>> trained = train(network, plan, sets.get(), test.get(), reporter);
        if (trained.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        List<TrainingRun> runs = trained.get();
        boolean ok = report(network, plan, runs, sets.get().training(), test.get(), reporter);
        return ok ? 0 : Main.MODEL_ERROR;
    }

    private Optional<String> usageError() {
        if (threads < 1) {
            return Optional.of("--threads must be 1 or more, not " + threads);
        }
        if (epochs != null && epochs < 0) {
            return Optional.of("--epochs must be 0 or more, not " + epochs);
        }
        for (double rate : rates == null ? List.<Double>of() : rates) {
            if (!(rate > 0 && Double.isFinite(rate))) {
                return Optional.of("--rate must be a positive number, not " + Numbers.plain(rate));
            }
        }
        if (plot != null && LossPlot.Format.of(plot) == null) {
            return Optional.of("--plot needs a file name ending in .png or .svg, not '" + plot + "'");
        }
        if (logY && plot == null) {
            return Optional.of("--log-y is a setting of the plot; give --plot FILE.png or FILE.svg too");
        }
        if (save != null && rates != null && rates.size() > 1) {
            return Optional.of("--save keeps the weights of one training run; give a single --rate");
        }
        if (onnx != null && rates != null && rates.size() > 1) {
            return Optional.of("--onnx writes the network of one training run; give a single --rate");
        }
        return Optional.empty();
    }

    /**
     * One fresh instance of the generated class per rate, each trained from the file's initial weights or
     * those of {@code --weights}, on up to {@code --threads} threads at once; empty after reporting why the
     * weights file does not fit. Several rates share one progress bar.
     */
    private Optional<List<TrainingRun>> train(CompiledNetwork network, TrainingPlan plan, ValidationData.Sets sets,
                                              Optional<Dataset> test, Reporter reporter) {
        Class<?> type = NetworkClasses.load(network, cache.cache());
        List<Double> studied = rates == null ? List.of(network.model().optimizer().rate()) : rates;
        boolean showProgress = !json && !quiet && main.terminal.interactive();
        // the test loss of every epoch is drawn (--plot) and listed (--json), else not worth its time
        Optional<Dataset> testEveryEpoch = json || plot != null ? test : Optional.empty();
        spec.commandLine().getErr().flush();
        List<Network> nets = new ArrayList<>();
        for (int r = 0; r < studied.size(); r++) {
            Network net = NetworkClasses.instantiate(network, type);
            if (weights != null && !ModelParameters.load(net, network, weights, false, reporter)) {
                return Optional.empty();
            }
            nets.add(net);
        }
        if (studied.size() == 1) {
            Network net = nets.get(0);
            Progress progress = showProgress ? Progress.bar(net.name(), plan.epochs(), sets.training().size(),
                    main.terminal)
                    : Progress.NONE;
            return Optional.of(List.of(TrainingRun.train(net, studied.get(0), sets, testEveryEpoch, plan,
                    weights != null, progress)));
        }
        Optional<Progress.Study> study = showProgress ? Optional.of(Progress.study(
                nets.get(0).name() + ", " + studied.size() + " rates,", plan.epochs(), studied.size(),
                sets.training().size(), main.terminal)) : Optional.empty();
        List<Callable<TrainingRun>> jobs = new ArrayList<>();
        for (int r = 0; r < studied.size(); r++) {
            Network net = nets.get(r);
            double rate = studied.get(r);
            jobs.add(() -> TrainingRun.train(net, rate, sets, testEveryEpoch, plan, weights != null,
                    study.map(Progress.Study::run).orElse(Progress.NONE)));
        }
        try {
            return Optional.of(ParallelRuns.run(jobs, threads));
        } finally {
            study.ifPresent(Progress.Study::close);
        }
    }

    /** Writes the plot and the weights, prints the report, then any divergence; true when all went well. */
    private boolean report(CompiledNetwork network, TrainingPlan plan, List<TrainingRun> runs, Dataset train,
                           Optional<Dataset> test, Reporter reporter) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> written = new ArrayList<>();
        List<Outputs.Pending> outputs = new ArrayList<>();
        if (plot != null) {
            List<LossPlot.Curves> curves = curves(runs);
            LossPlot.Range range = LossPlot.range(curves);
            if (logY && !range.positive()) {
                reporter.warning("--log-y ignored: a loss of " + (range.min() == 0 ? "0" : Numbers.plain(range.min()))
                        + " cannot be drawn on a logarithmic axis; the plot's loss axis is linear");
            }
            outputs.add(new Outputs.Pending(plot, () -> LossPlot.draw(plot, title(network, runs),
                    network.model().loss().spelling(), curves, range.logarithmic(logY))));
            written.add("  plot      " + plot);
        }
        TrainingRun first = runs.get(0);
        if (save != null && !first.hasDiverged()) {
            outputs.add(new Outputs.Pending(save, () -> Weights.toJson(first.net(), provenance(network, plan, first))
                    .getBytes(StandardCharsets.UTF_8)));
            written.add("  weights   " + save);
        }
        if (onnx != null && !first.hasDiverged()) {
            outputs.add(ExportCommand.pending(network, first.net(), Optional.of(provenance(network, plan, first)), onnx));
            written.add("  onnx      " + onnx);
        }
        boolean ok = Outputs.write(outputs, reporter);
        if (runs.size() > 1) {
            RateStudy study = new RateStudy(network.model().name(), plan.epochs(), runs, train, test,
                    network.model().output().name());
            out.print(json ? study.toJson() + System.lineSeparator() : study.toText());
        } else if (first.hasDiverged()) {
            if (json) {
                out.println(Json.write(Divergence.json(first, plan.epochs(), train.size())));
            }
        } else {
            TrainingReport report = TrainingReport.of(first, train, test, plan.epochs(), network.model().output().name());
            out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        }
        if (!json && ok) {
            written.forEach(out::println);
        }
        out.flush();
        for (TrainingRun run : runs) {
            if (run.hasDiverged()) {
                reporter.failure(RateStudy.error(run) + (save != null ? "; no weights saved" : "")
                        + (onnx != null ? "; no ONNX model written" : ""));
                ok = false;
            }
        }
        return ok;
    }

    private static String title(CompiledNetwork network, List<TrainingRun> runs) {
        String name = network.model().name();
        return runs.size() == 1 ? name + ": loss per epoch (rate " + Numbers.plain(runs.get(0).rate()) + ")"
                : name + ": loss per epoch at " + runs.size() + " learning rates";
    }

    private static List<LossPlot.Curves> curves(List<TrainingRun> runs) {
        List<LossPlot.Curves> curves = new ArrayList<>();
        for (TrainingRun run : runs) {
            String label = runs.size() == 1 ? "training loss" : "rate " + Numbers.plain(run.rate());
            if (run.hasDiverged()) {
                label += " (diverged at epoch " + run.diverged().orElseThrow().epoch() + ")";
            }
            OptionalInt best = run.result().map(TrainingResult::bestEpoch).orElse(OptionalInt.empty());
            curves.add(new LossPlot.Curves(label, run.initialLoss(), run.lossHistory(),
                    run.testLossHistory().orElse(null), run.validationLossHistory().orElse(null), best,
                    run.historyEvery()));
        }
        return curves;
    }

    private Provenance provenance(CompiledNetwork network, TrainingPlan plan, TrainingRun run) {
        TrainingResult result = run.result().orElseThrow();
        return new Provenance(network.model().name(), Optional.of(Models.sourceHash(network)),
                Optional.of(NncCompiler.VERSION), plan.shuffleSeed(), OptionalInt.of(result.epochs()),
                OptionalDouble.of(run.rate()), OptionalDouble.of(result.finalLoss()));
    }
}

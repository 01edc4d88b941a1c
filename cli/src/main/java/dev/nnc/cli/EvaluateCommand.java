package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nnc evaluate FILE.nn --weights W.json DATA.csv}: how well the trained network does on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measures the network, with weights saved by 'nnc train --save' (or the weights the .nn file "
                + "writes out), on labelled samples: the mean loss; for classifiers accuracy, per-class precision, "
                + "recall and F1, their macro averages and the confusion matrix; otherwise RMSE, MAE and R² per "
                + "output and their means.")
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.nn", description = "The network the weights were trained for.")
    Path file;

    @Parameters(index = "1", paramLabel = "DATA.csv",
            description = "Labelled samples, read as the network's test data ('-': standard input).")
    Path data;

    @picocli.CommandLine.Mixin
    WeightsOption weights;

    @Option(names = "--label", negatable = true,
            description = "DATA.csv ends in one class-index column (--no-label: one target column per output). "
                    + "Default: as the network's data statement says.")
    Boolean label;

    @Option(names = "--json", description = "Print one JSON object (see docs/cli.md) instead of the report.")
    boolean json;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @picocli.CommandLine.Mixin
    CacheOption cache;

    @ParentCommand
    Main main;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork network = compiled.get();
        Network net = NetworkClasses.instantiate(network, cache.cache());
        int loaded = ModelParameters.apply(net, network, Optional.ofNullable(weights.file), "evaluate", reporter);
        if (loaded != 0) {
            return loaded;
        }
        boolean labelColumn = label != null ? label : DataArgument.labelColumn(network);
        Optional<Dataset> samples = DataArgument.labelled(network, data, labelColumn, main.stdin, reporter);
        if (samples.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        MetricsReport report = MetricsReport.of(net, samples.get(), network.model().output().name());
        PrintWriter out = spec.commandLine().getOut();
        String source = DataArgument.isStdin(data) ? DataArgument.STDIN_NAME : data.toString();
        if (json) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("network", net.name());
            object.put("data", source);
            object.put("weights", weights.file == null ? null : weights.file.toString());
            object.putAll(report.toMap());
            out.println(Json.write(object));
        } else {
            out.printf("%s on %s: %d sample%s%n", net.name(), source, report.samples(), report.samples() == 1 ? "" : "s");
            out.print(report.toText());
        }
        out.flush();
        return 0;
    }
}

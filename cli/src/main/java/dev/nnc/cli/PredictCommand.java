package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nnc predict FILE.nn --weights W.json INPUT.csv}: the trained network's outputs for rows of inputs. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Loads weights saved by 'nnc train --save' into the network (without --weights, uses the weights "
                + "the .nn file writes out) and prints its outputs for every row of INPUT.csv (inputs only, header "
                + "optional; '-' reads standard input): one line per row, the outputs separated by commas, then the "
                + "predicted class's name for classifiers. Columns the training data ignores are dropped by name.")
final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.nn", description = "The network the weights were trained for.")
    Path file;

    @Parameters(index = "1", paramLabel = "INPUT.csv",
            description = "Rows of inputs, comma separated ('-': standard input).")
    Path input;

    @picocli.CommandLine.Mixin
    WeightsOption weights;

    @Option(names = "--labelled",
            description = "INPUT.csv is labelled data, read as the network's test data; its label (or target) "
                    + "columns are ignored.")
    boolean labelled;

    @Option(names = "--label", negatable = true,
            description = "With --labelled: INPUT.csv ends in one class-index column (--no-label: one target "
                    + "column per output). Default: as the network's data statement says.")
    Boolean label;

    @Option(names = "--header", description = "Print a header line first (the output names, then 'class').")
    boolean header;

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
        if (label != null && !labelled) {
            reporter.usage("--label and --no-label say how --labelled data are laid out; add --labelled");
            return Main.USAGE;
        }
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        Network net = NetworkClasses.instantiate(compiled.get(), cache.cache());
        int loaded = ModelParameters.apply(net, compiled.get(), Optional.ofNullable(weights.file), "predict", reporter);
        if (loaded != 0) {
            return loaded;
        }
        Optional<double[][]> rows = read(compiled.get(), net, reporter);
        if (rows.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        print(compiled.get(), net, rows.get(), spec.commandLine().getOut());
        return 0;
    }

    /** The rows of inputs, read line by line, or empty after reporting every problem in them. */
    private Optional<double[][]> read(CompiledNetwork network, Network net, Reporter reporter) {
        if (!labelled) {
            return DataArgument.inputs(input, net.inputCount(), ignored(network), main.stdin, reporter);
        }
        boolean labelColumn = label != null ? label : DataArgument.labelColumn(network);
        return DataArgument.labelled(network, input, labelColumn, main.stdin, reporter).map(data -> {
            double[][] rows = new double[data.size()][];
            for (int s = 0; s < rows.length; s++) {
                rows[s] = data.input(s);
            }
            return rows;
        });
    }

    /** The columns the network's training data ignores ({@code ignore = "id"}), which input files may have too. */
    private static List<String> ignored(CompiledNetwork network) {
        return network.model().data().filter(CsvSource.class::isInstance).map(CsvSource.class::cast)
                .map(csv -> csv.columns().ignored()).orElse(List.of());
    }

    private void print(CompiledNetwork network, Network net, double[][] rows, PrintWriter out) {
        boolean classifier = isClassifier(net);
        List<String> classes = classifier ? ClassNames.of(net) : List.of();
        if (header) {
            List<String> names = new ArrayList<>();
            String layer = network.model().output().name();
            for (int k = 1; k <= net.outputCount(); k++) {
                names.add(layer + k);
            }
            if (classifier) {
                names.add("class");
            }
            out.println(String.join(",", names));
        }
        double[] y = new double[net.outputCount()];
        StringBuilder line = new StringBuilder();
        for (double[] x : rows) {
            net.predict(x, y);
            line.setLength(0);
            for (int k = 0; k < y.length; k++) {
                line.append(k == 0 ? "" : ",").append(y[k]);
            }
            if (classifier) {
                line.append(',').append(classes.get(Metrics.predictedClass(y)));
            }
            out.println(line);
        }
        out.flush();
    }

    /** Softmax with cross-entropy picks one of N classes; one sigmoid output with bce is a yes/no. */
    static boolean isClassifier(Network net) {
        return net.loss() == Loss.CROSS_ENTROPY && net.outputCount() > 1
                || net.loss() == Loss.BCE && net.outputCount() == 1;
    }
}

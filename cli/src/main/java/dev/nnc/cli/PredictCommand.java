package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.data.CsvProblems;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.FileRefusedException;
import dev.nnc.runtime.IoErrors;
import dev.nnc.runtime.InputCsv;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.Weights;
import dev.nnc.runtime.WeightsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc predict FILE.nn --weights W.json INPUT.csv}: the trained network's outputs for rows of inputs. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Loads weights saved by 'nnc train --save' into the network and prints its outputs for every "
                + "row of INPUT.csv (inputs only, header optional): one line per row, the outputs separated by "
                + "commas, then the predicted class for classifiers: its name when the network was trained on "
                + "label data, else its number (from 0). Columns the training data ignores are dropped by name.")
final class PredictCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.nn", description = "The network the weights were trained for.")
    Path file;

    @Parameters(index = "1", paramLabel = "INPUT.csv", description = "Rows of inputs, comma separated.")
    Path input;

    @Option(names = {"-w", "--weights"}, paramLabel = "W.json", required = true,
            description = "The weights file written by 'nnc train --save'.")
    Path weights;

    @Option(names = "--header", description = "Print a header line first (the output names, then 'class').")
    boolean header;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        Network net = InMemoryCompiler.instantiate(compiled.get().javaFile());
        List<String> classes;
        try {
            Provenance provenance = Weights.load(net, weights);
            classes = provenance.classNames().isEmpty() ? List.of(net.classNames()) : provenance.classNames();
            if (provenance.sourceSha256().filter(h -> !h.equals(Models.sourceHash(compiled.get()))).isPresent()) {
                reporter.warning(weights + " was trained from a different version of " + file
                        + " (the SHA-256 of its text differs); the predictions use the weights as saved");
            }
        } catch (WeightsException e) {
            reporter.failure(e.getMessage());
            return Main.MODEL_ERROR;
        } catch (IOException e) {
            reporter.failure(weights + ": cannot read (" + Reporter.cause(weights, e) + ")");
            return Main.MODEL_ERROR;
        }
        Optional<double[][]> rows = read(net, ignored(compiled.get()), reporter);
        if (rows.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        print(compiled.get(), net, classes, rows.get(), spec.commandLine().getOut());
        return 0;
    }

    /** The rows of the input CSV, read line by line, or empty after reporting every problem in it. */
    private Optional<double[][]> read(Network net, List<String> ignored, Reporter reporter) {
        return OutOfMemory.guard("reading " + input, reporter, () -> {
            try {
                return Optional.of(InputCsv.read(input, net.inputCount(), ignored));
            } catch (DataException e) {
                // the same file:line:col report, caret and all, as a data file named in a .nn file
                reporter.diagnostics(CsvProblems.diagnostics(e, input.toString()));
            } catch (FileRefusedException e) {
                reporter.failure(e.getMessage());
            } catch (IOException e) {
                reporter.failure(input + ": cannot read (" + IoErrors.cause(e) + ")");
            }
            return Optional.empty();
        });
    }

    /** The columns the network's training data ignores ({@code ignore = "id"}), which input files may have too. */
    private static List<String> ignored(CompiledNetwork network) {
        return network.model().data().filter(CsvSource.class::isInstance).map(CsvSource.class::cast)
                .map(csv -> csv.columns().ignored()).orElse(List.of());
    }

    private void print(CompiledNetwork network, Network net, List<String> classes, double[][] rows, PrintWriter out) {
        boolean classifier = isClassifier(net) || !classes.isEmpty();
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
                int k = Metrics.predictedClass(y);
                line.append(',').append(k < classes.size() ? classes.get(k) : Integer.toString(k));
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

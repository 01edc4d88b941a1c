package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.data.CsvProblems;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.runtime.CsvColumns;
import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.FileRefusedException;
import dev.nnc.runtime.InputCsv;
import dev.nnc.runtime.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A CSV file named on the command line ({@code -}: standard input), read line by line with the same
 * rules as the data files a {@code .nn} file names, every problem reported at its line and column.
 */
final class DataArgument {
    /** How standard input is named in reports, as compilers do. */
    static final String STDIN_NAME = "<stdin>";

    private DataArgument() {
    }

    /** Whether {@code file} stands for standard input. */
    static boolean isStdin(Path file) {
        return file.toString().equals("-");
    }

    /**
     * Whether a labelled CSV for {@code network} ends in one class-index column, as its own data say:
     * the {@code data} statement's {@code label}, or the {@code test} statement's when the training
     * data are inline or missing; no label column (one target column per output) otherwise.
     */
    static boolean labelColumn(CompiledNetwork network) {
        return ownCsvFiles(network).stream().findFirst().map(CsvSource::label).orElse(false);
    }

    /** The CSV files the network's {@code data} and {@code test} statements name, in that order. */
    private static List<CsvSource> ownCsvFiles(CompiledNetwork network) {
        return Stream.of(network.model().data(), network.model().test()).flatMap(Optional::stream)
                .filter(CsvSource.class::isInstance).map(CsvSource.class::cast).toList();
    }

    /**
     * The labelled samples of {@code file} for {@code network}: the inputs, then a class index when
     * {@code label}, else one target per output; or empty after reporting every problem.
     */
    static Optional<Dataset> labelled(CompiledNetwork network, Path file, boolean label, InputStream stdin,
                                      Reporter reporter) {
        int inputs = network.model().input().size();
        int outputs = network.model().output().size();
        CsvColumns columns = label ? columns(network) : CsvColumns.of(false);
        List<String> classes = label ? network.model().classNames() : List.of();
        return read(file, reporter, () -> isStdin(file)
                ? CsvReader.read(stdin, Path.of(STDIN_NAME), inputs, outputs, columns, classes)
                : CsvReader.read(file, inputs, outputs, columns, classes));
    }

    /** The label column and ignored columns of the network's own labelled data, which files given on the command line share. */
    private static CsvColumns columns(CompiledNetwork network) {
        return ownCsvFiles(network).stream().filter(CsvSource::label).findFirst().map(CsvSource::columns)
                .orElse(CsvColumns.of(true));
    }

    /**
     * The rows of inputs (nothing else) of {@code file}, without the columns its header names in
     * {@code ignored}, or empty after reporting every problem.
     */
    static Optional<double[][]> inputs(Path file, int width, List<String> ignored, InputStream stdin,
                                       Reporter reporter) {
        return read(file, reporter, () -> isStdin(file)
                ? InputCsv.read(stdin, Path.of(STDIN_NAME), width, ignored)
                : InputCsv.read(file, width, ignored));
    }

    /** Reads with {@code reader}, reporting what goes wrong. */
    private static <T> Optional<T> read(Path file, Reporter reporter, Reading<T> reader) {
        String name = isStdin(file) ? STDIN_NAME : file.toString();
        return OutOfMemory.guard("reading " + (isStdin(file) ? "standard input" : file), reporter, () -> {
            try {
                return Optional.of(reader.read());
            } catch (DataException e) {
                // the same file:line:col report, caret and all, as a data file named in a .nn file
                reporter.diagnostics(CsvProblems.diagnostics(e, name));
            } catch (FileRefusedException e) {
                reporter.failure(e.getMessage());
            } catch (IOException e) {
                reporter.failure(name + ": cannot read (" + IoErrors.cause(e) + ")");
            }
            return Optional.empty();
        });
    }

    /** One way of reading the file. */
    private interface Reading<T> {
        T read() throws DataException, IOException;
    }
}

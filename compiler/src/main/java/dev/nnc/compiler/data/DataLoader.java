package dev.nnc.compiler.data;

import dev.nnc.compiler.check.DataFiles;
import dev.nnc.compiler.check.TargetAdvice;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.compiler.model.DataSource;
import dev.nnc.compiler.model.InlineData;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.ClassLabels;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.FileRefusedException;
import dev.nnc.runtime.IoErrors;
import dev.nnc.runtime.Loss;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a network's samples. Problems in a CSV file are reported in that file
 * ({@code iris.csv:12:3: error: ...} with its line under it); a file that cannot be read is
 * reported where the {@code .nn} file names it.
 */
public final class DataLoader {
    private DataLoader() {
    }

    /**
     * Reads every CSV file {@code network} names, as compiling does before anything is written:
     * their problems (errors, each at its line in the CSV) and targets that do not suit the loss
     * (a warning where the {@code .nn} file names the CSV). The training data is read first: the
     * network comes back with its classes ({@link Network#classNames()}), which the other data's
     * labels are then checked against.
     */
    public static Result<Network> verify(Network network, SourceFile nnFile) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Network read = network;
        boolean classesKnown = true;
        Optional<Dataset> training = Optional.empty();
        for (Optional<DataSource> source : List.of(network.data(), network.test(), network.validation())) {
            if (source.isPresent() && source.get() instanceof CsvSource csv) {
                if (csv.label() && !classesKnown) {
                    // its labels cannot be checked against classes the training data failed to give
                    diagnostics.addAll(ColumnCheck.problemsIfReadable(csv));
                    continue;
                }
                Result<Dataset> data = load(read, csv, nnFile);
                diagnostics.addAll(data.diagnostics());
                data.value().flatMap(d -> adviseTargets(network.loss(), d, csv)).ifPresent(diagnostics::add);
                if (isTraining(network, csv)) {
                    classesKnown = data.value().isPresent();
                    read = data.value().map(d -> network.withClassNames(d.classNames())).orElse(network);
                    training = data.value();
                }
            }
        }
        if (network.split().isPresent() && network.data().isPresent()) {
            if (network.data().get() instanceof InlineData inline) {
                training = Optional.of(inline.dataset());
            }
            Network withClasses = read;
            training.ifPresent(data -> diagnostics.addAll(ValidationData.of(withClasses, data, nnFile).diagnostics()));
        }
        return new Result<>(Optional.of(read), diagnostics);
    }

    /** Whether {@code source} is {@code network}'s training data (the data every other role is checked against). */
    private static boolean isTraining(Network network, DataSource source) {
        return network.data().filter(source::equals).isPresent();
    }

    /**
     * The classes labels of a role other than training must be one of: the training data's, or, when
     * the training data has no labels (inline samples), the indices 0..N-1.
     */
    private static List<String> trainingClasses(Network network) {
        if (!network.classNames().isEmpty()) {
            return network.classNames();
        }
        int outputs = network.output().size();
        return ClassLabels.indices(outputs == 1 ? 2 : outputs).names();
    }

    /** One warning for the samples whose targets do not suit {@code loss}, naming the first. */
    private static Optional<Diagnostic> adviseTargets(Loss loss, Dataset data, CsvSource csv) {
        Optional<Code> code = TargetAdvice.code(loss);
        int first = -1;
        String problem = "";
        int count = 0;
        for (int i = 0; i < data.size() && code.isPresent(); i++) {
            Optional<String> wrong = TargetAdvice.problem(loss, data.target(i));
            if (wrong.isPresent()) {
                count++;
                if (first < 0) {
                    first = i;
                    problem = wrong.get();
                }
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.warning(code.get().id(), csv.span(), TargetAdvice.rule(loss) + ", but " + count
                + " of the " + data.size() + " samples in '" + csv.written() + "' are not; the first is sample "
                + (first + 1) + ", whose target " + problem));
    }

    /** The samples {@code source} (written in {@code nnFile}) stands for, sized for {@code network}. */
    public static Result<Dataset> load(Network network, DataSource source, SourceFile nnFile) {
        if (source instanceof InlineData inline) {
            return nonEmpty(inline.dataset(), nnFile.span(1, 1, 1), "the inline samples");
        }
        CsvSource csv = (CsvSource) source; // the only other kind of source
        Optional<String> missing = DataFiles.missing(csv.written(), csv.path());
        if (missing.isPresent()) {
            // The checker has looked already; the file went away since.
            return Result.failed(List.of(Diagnostic.error(Code.DATA_FILE_UNREADABLE.id(), csv.span(), missing.get())));
        }
        try {
            List<Diagnostic> columns = ColumnCheck.problems(csv);
            if (!columns.isEmpty()) {
                return Result.failed(columns);
            }
            List<String> classes = csv.label() && !isTraining(network, csv) ? trainingClasses(network) : List.of();
            Dataset data = ReadFiles.read(csv.path(), network.input().size(), network.output().size(), csv.columns(),
                    classes);
            return nonEmpty(data, csv.span(), "data file '" + csv.written() + "'");
        } catch (DataException e) {
            return Result.failed(CsvProblems.diagnostics(e, displayName(csv, nnFile)));
        } catch (IOException e) {
            return unreadable(csv, "cannot be read: " + (e instanceof FileRefusedException refused ? refused.reason()
                    : IoErrors.cause(e)));
        }
    }

    private static Result<Dataset> nonEmpty(Dataset data, Span span, String what) {
        if (data.size() == 0) {
            return Result.failed(List.of(Diagnostic.error(Code.EMPTY_DATA_SET.id(), span, what + " has no samples")));
        }
        return Result.of(data, List.of());
    }

    private static Result<Dataset> unreadable(CsvSource csv, String why) {
        return Result.failed(List.of(Diagnostic.error(Code.DATA_FILE_UNREADABLE.id(), csv.span(),
                "data file '" + csv.written() + "' " + why)));
    }

    /**
     * The CSV's name in reports, next to the .nn file's display name, as the .nn file names it: so
     * "samples/iris.nn" gives "samples/iris-train.csv".
     */
    private static String displayName(CsvSource csv, SourceFile nnFile) {
        try {
            Path written = Path.of(csv.written());
            Path parent = Path.of(nnFile.displayName()).getParent();
            return written.isAbsolute() || parent == null ? csv.written()
                    : parent.resolve(written).normalize().toString();
        } catch (InvalidPathException e) {
            return csv.written();
        }
    }
}

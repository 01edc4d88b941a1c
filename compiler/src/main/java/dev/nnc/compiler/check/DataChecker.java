package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.CsvDataStatement;
import dev.nnc.compiler.ast.DataRole;
import dev.nnc.compiler.ast.InlineDataStatement;
import dev.nnc.compiler.ast.NumberList;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.Sample;
import dev.nnc.compiler.ast.StringLit;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.model.ColumnName;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.compiler.model.DataSource;
import dev.nnc.compiler.model.InlineData;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Loss;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks {@code data} and {@code test}: inline samples against the network's widths, CSV file names
 * as paths to files that exist (what is in them is the data loader's business).
 */
final class DataChecker {
    private final Problems problems;
    private final Numbers numbers;
    private final SourceFile source;

    DataChecker(Problems problems, Numbers numbers, SourceFile source) {
        this.problems = problems;
        this.numbers = numbers;
        this.source = source;
    }

    /**
     * Where the {@code role} samples come from; empty when not given or when something was reported.
     * Inline targets that do not suit {@code loss} are warned about.
     */
    Optional<DataSource> check(StatementIndex index, DataRole role, Widths widths, Optional<Loss> loss) {
        Optional<InlineDataStatement> inline = index.inline(role);
        if (inline.isPresent()) {
            Optional<DataSource> data = inline(inline.get(), widths);
            loss.ifPresent(l -> data.ifPresent(d -> adviseTargets(inline.get(), l)));
            return data;
        }
        return index.csv(role).flatMap(csv -> csv(csv, widths));
    }

    /** One warning, at the first sample whose targets do not suit {@code loss}, counting the others. */
    private void adviseTargets(InlineDataStatement statement, Loss loss) {
        Optional<Code> code = TargetAdvice.code(loss);
        Sample first = null;
        String problem = null;
        int count = 0;
        for (Sample sample : statement.samples()) {
            double[] target = sample.targets().values().stream().mapToDouble(NumberLit::value).toArray();
            Optional<String> wrong = TargetAdvice.problem(loss, target);
            if (wrong.isPresent()) {
                count++;
                if (first == null) {
                    first = sample;
                    problem = wrong.get();
                }
            }
        }
        if (first != null && code.isPresent()) {
            String others = count > 1 ? "; " + Plural.of(count - 1, "more sample") + " " + Plural.verb(count - 1)
                    + " like it" : "";
            problems.warning(code.get(), first.targets().span(), TargetAdvice.rule(loss) + ", but this one " + problem
                    + others);
        }
    }

    private Optional<DataSource> inline(InlineDataStatement statement, Widths widths) {
        List<Sample> samples = statement.samples();
        if (samples.isEmpty()) {
            problems.error(Code.NO_SAMPLES, statement.span(), "'" + statement.role().spelling() + "' has no samples;"
                    + " write one per line, as in [0, 1] -> [1]");
            return Optional.empty();
        }
        double[][] inputs = new double[samples.size()][];
        double[][] targets = new double[samples.size()][];
        boolean ok = true;
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            ok &= width(sample.inputs(), widths.inputs(), "input", "input '" + widths.inputName() + "'");
            ok &= width(sample.targets(), widths.outputs(), "target", "the output layer '" + widths.outputName() + "'");
            Optional<List<Double>> x = numbers.finite(sample.inputs().values());
            Optional<List<Double>> t = numbers.finite(sample.targets().values());
            ok &= x.isPresent() && t.isPresent();
            inputs[i] = x.map(DataChecker::array).orElse(new double[0]);
            targets[i] = t.map(DataChecker::array).orElse(new double[0]);
        }
        return ok ? Optional.of(new InlineData(new Dataset(inputs, targets))) : Optional.empty();
    }

    private boolean width(NumberList list, OptionalInt expected, String noun, String owner) {
        if (expected.isEmpty() || list.size() == expected.getAsInt()) {
            return expected.isPresent();
        }
        problems.error(Code.SAMPLE_WIDTH, list.span(), "this sample has " + Plural.of(list.size(), noun) + ", but "
                + owner + " has " + expected.getAsInt());
        return false;
    }

    private Optional<DataSource> csv(CsvDataStatement statement, Widths widths) {
        boolean labelFits = statement.label().isEmpty() || !widths.outputs().equals(OptionalInt.of(1))
                || widths.outputActivation().filter(a -> a != Activation.SIGMOID).isEmpty();
        if (!labelFits) {
            problems.error(Code.LABEL_ONE_OUTPUT, statement.label().get(), "'label' one-hot encodes one class per"
                    + " neuron of the output layer, and one sigmoid neuron takes two classes (0 and 1), but '"
                    + widths.outputName() + "' is one " + widths.outputActivation().get().spelling()
                    + " neuron; make it"
                    + " sigmoid, or leave out 'label' (the last column is then the target)");
        }
        for (Span repeated : statement.repeated()) {
            problems.error(Code.DUPLICATE, repeated, "this option is given twice in '" + statement.role().spelling()
                    + "'; give 'label' once and list every ignored column in one 'ignore = [...]'");
        }
        boolean columnsFit = columnsFit(statement);
        String written = statement.path().value();
        Optional<Path> path = resolve(written);
        if (path.isEmpty()) {
            problems.error(Code.BAD_PATH, statement.path().span(), "\"" + written + "\" is not a valid file name");
            return Optional.empty();
        }
        Optional<String> missing = DataFiles.missing(written, path.get());
        if (missing.isPresent()) {
            problems.error(Code.DATA_FILE_UNREADABLE, statement.path().span(), missing.get());
            return Optional.empty();
        }
        if (!labelFits || !columnsFit || !statement.repeated().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CsvSource(path.get(), written, statement.labeled(),
                statement.labelColumn().map(DataChecker::column), statement.ignored().stream().map(DataChecker::column)
                .toList(), statement.path().span()));
    }

    private static ColumnName column(StringLit name) {
        return new ColumnName(name.value(), name.span());
    }

    /** Each column is ignored once and is not also the label (E063). */
    private boolean columnsFit(CsvDataStatement statement) {
        Set<String> seen = new HashSet<>();
        boolean fit = true;
        for (StringLit name : statement.ignored()) {
            if (!seen.add(name.value())) {
                problems.error(Code.COLUMN_TWICE, name.span(), "column '" + name.value() + "' is already ignored");
                fit = false;
            } else if (statement.labelColumn().filter(l -> l.value().equals(name.value())).isPresent()) {
                problems.error(Code.COLUMN_TWICE, name.span(), "column '" + name.value() + "' is the label"
                        + " (label = \"" + name.value() + "\"), so it cannot be ignored");
                fit = false;
            }
        }
        return fit;
    }

    private Optional<Path> resolve(String written) {
        if (written.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(source.resolve(written));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.DataRole;
import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.ast.LossStatement;
import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.PrecisionStatement;
import dev.nnc.compiler.ast.ValidationSplitStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.compiler.model.DataSource;
import dev.nnc.compiler.model.Input;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.model.ValidationSplit;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.Schedule;
import dev.nnc.runtime.TrainingPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Checks one network declaration, part by part, and assembles the model when all is well. */
final class NetworkChecker {
    private static final List<String> LOSSES =
            Arrays.stream(Loss.values()).map(Loss::spelling).collect(Collectors.toList());

    private static final List<String> PRECISIONS =
            Arrays.stream(Precision.values()).map(Precision::spelling).collect(Collectors.toList());

    private final Problems problems;
    private final SourceFile source;
    private final Numbers numbers;
    private final NameRegistry registry;

    NetworkChecker(Problems problems, SourceFile source) {
        this.problems = problems;
        this.source = source;
        this.numbers = new Numbers(problems);
        this.registry = new NameRegistry(problems);
    }

    /** The checked network, or empty when any error was reported. */
    Optional<Network> check(NetworkDecl decl) {
        new NameRules(problems).checkNetworkName(decl.name());
        StatementIndex index = StatementIndex.of(decl, problems);
        LayerChecker layerChecker = new LayerChecker(problems, numbers, registry);
        Optional<Input> input = index.input().flatMap(layerChecker::input);
        checkDepth(index.layers());
        List<LayerDraft> layers = layerChecker.layers(index.layers());
        registry.checkNeuronNames();
        Optional<Loss> loss = index.loss().flatMap(this::loss);
        Optional<Precision> precision = index.precision().isEmpty() ? Optional.of(Precision.DOUBLE)
                : precision(index.precision().get());
        missing(index.input().isEmpty(), decl, "no input; add one such as 'input x[2]'");
        missing(layers.isEmpty(), decl, "no layers; add at least one such as 'layer y[1] sigmoid'");
        missing(index.loss().isEmpty(), decl, "no loss; add one such as 'loss half_sse'");
        Optional<List<Shape>> shapes = Shape.of(input, layers, problems);
        Optional<List<List<Double>>> weights = new WeightResolver(problems, numbers, registry).resolve(index, shapes);
        OptimizerSettings optimizer = new OptimizerChecker(problems, numbers).check(index.optimizer());
        Schedule schedule = new ScheduleChecker(problems, numbers).check(index.schedule());
        TrainingPlan training = new TrainingChecker(problems, numbers).check(index.train(), schedule, index.schedule(),
                optimizer, index.inline(DataRole.DATA).map(d -> OptionalInt.of(d.samples().size()))
                        .orElse(OptionalInt.empty()));
        Widths widths = widths(input, index, layers);
        DataChecker dataChecker = new DataChecker(problems, numbers, source);
        Optional<DataSource> data = dataChecker.check(index, DataRole.DATA, widths, loss);
        Optional<DataSource> test = dataChecker.check(index, DataRole.TEST, widths, loss);
        Optional<DataSource> validation = dataChecker.check(index, DataRole.VALIDATION, widths, loss);
        Optional<ValidationSplit> split = index.validationSplit().flatMap(this::split);
        if (loss.isPresent() && !layers.isEmpty()) {
            LayerDraft output = layers.get(layers.size() - 1);
            output.activation().ifPresent(a -> LossAdvice.check(loss.get(), index.loss().get(), output.name(), a,
                    problems));
        }
        if (problems.hasErrors() || input.isEmpty() || loss.isEmpty() || weights.isEmpty() || precision.isEmpty()) {
            return Optional.empty();
        }
        List<Layer> model = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            model.add(layer(layers.get(i), shapes.get().get(i), weights.get().get(i)));
        }
        return Optional.of(new Network(decl.name().text(), fileName(source), input.get(), model, loss.get(),
                optimizer, training, data, test, index.loss().get().span().line(),
                index.optimizer().map(o -> o.span().line()).orElse(0), precision.orElse(Precision.DOUBLE), validation,
                split, List.of()));
    }

    /** {@code validation split = f [seed = S]}: 0 < f < 1, the seed 0 when left out. */
    private Optional<ValidationSplit> split(ValidationSplitStatement statement) {
        NumberLit fraction = statement.fraction();
        boolean ok = true;
        if (!(fraction.value() > 0 && fraction.value() < 1)) {
            problems.error(Code.BAD_VALIDATION_SPLIT, fraction.span(), "the validation split is the fraction of the "
                    + "training samples held out, so it must be between 0 and 1 (such as 0.2), not " + fraction.text());
            ok = false;
        }
        OptionalLong seed = statement.seed().isEmpty() ? OptionalLong.of(0L)
                : numbers.whole(statement.seed().get(), Code.BAD_SEED, "the validation seed", Long.MIN_VALUE,
                Long.MAX_VALUE);
        return ok && seed.isPresent() ? Optional.of(new ValidationSplit(fraction.value(), seed.getAsLong(),
                statement.span())) : Optional.empty();
    }

    /** "mazur.nn" for "samples/mazur.nn": generated code must not depend on where nnc was run from. */
    private static String fileName(SourceFile source) {
        String name = source.displayName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Only called without errors, so every part of the draft is present. */
    private static Layer layer(LayerDraft draft, Shape shape, List<Double> weights) {
        return new Layer(draft.name(), shape.size(), shape.fanIn(), draft.activation().orElseThrow(), draft.alpha(),
                draft.bias().orElseThrow(), draft.statement().strategy(), weights, draft.statement().span().line());
    }

    /** Refuses the first layer past {@link Network#MAX_LAYERS}. */
    private void checkDepth(List<LayerStatement> layers) {
        if (layers.size() > Network.MAX_LAYERS) {
            LayerStatement first = layers.get(Network.MAX_LAYERS);
            problems.error(Code.TOO_MANY_LAYERS, first.name().span(), "layer '" + first.name().text() + "' is layer "
                    + (Network.MAX_LAYERS + 1) + " of " + layers.size() + "; nnc handles at most " + Network.MAX_LAYERS
                    + " layers in a network");
        }
    }

    private Optional<Loss> loss(LossStatement statement) {
        Loss loss = Loss.bySpelling(statement.kind().text());
        if (loss == null) {
            problems.error(Code.UNKNOWN_LOSS, statement.kind().span(), "unknown loss '" + statement.kind().text() + "'"
                    + Suggestions.hint(statement.kind().text(), LOSSES, Synonyms.LOSSES));
        }
        return Optional.ofNullable(loss);
    }

    private Optional<Precision> precision(PrecisionStatement statement) {
        Optional<Precision> precision = Precision.fromSpelling(statement.kind().text());
        if (precision.isEmpty()) {
            problems.error(Code.UNKNOWN_PRECISION, statement.kind().span(), "unknown precision '"
                    + statement.kind().text() + "'" + Suggestions.hint(statement.kind().text(), PRECISIONS,
                    Synonyms.PRECISIONS));
        }
        return precision;
    }

    private void missing(boolean absent, NetworkDecl decl, String what) {
        if (absent) {
            problems.error(Code.MISSING_STATEMENT, decl.name().span(), "network '" + decl.name().text() + "' has "
                    + what);
        }
    }

    private static Widths widths(Optional<Input> input, StatementIndex index, List<LayerDraft> layers) {
        String inputName = index.input().map(s -> s.name().text()).orElse("?");
        OptionalInt inputs = input.map(i -> OptionalInt.of(i.size())).orElse(OptionalInt.empty());
        if (layers.isEmpty()) {
            return new Widths(inputName, inputs, "?", OptionalInt.empty(), Optional.empty());
        }
        LayerDraft output = layers.get(layers.size() - 1);
        return new Widths(inputName, inputs, output.name(), output.size(), output.activation());
    }
}

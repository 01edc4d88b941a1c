package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.AllWeightsStatement;
import dev.nnc.compiler.ast.CsvDataStatement;
import dev.nnc.compiler.ast.DataRole;
import dev.nnc.compiler.ast.InlineDataStatement;
import dev.nnc.compiler.ast.InputStatement;
import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.ast.LayerWeightsStatement;
import dev.nnc.compiler.ast.LossStatement;
import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.OptimizerStatement;
import dev.nnc.compiler.ast.PrecisionStatement;
import dev.nnc.compiler.ast.ScheduleStatement;
import dev.nnc.compiler.ast.Statement;
import dev.nnc.compiler.ast.StatementVisitor;
import dev.nnc.compiler.ast.TrainStatement;
import dev.nnc.compiler.ast.ValidationSplitStatement;
import dev.nnc.compiler.ast.WeightsInitStatement;
import dev.nnc.compiler.diag.Code;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A network's statements sorted by kind, layers in order. A second statement where one is allowed
 * is reported and left out, so later checks see each kind at most once.
 */
final class StatementIndex implements StatementVisitor<Void> {
    private final Problems problems;
    private final List<LayerStatement> layers = new ArrayList<>();
    private final Map<String, LayerWeightsStatement> layerWeights = new LinkedHashMap<>();
    private final Map<DataRole, Statement> data = new EnumMap<>(DataRole.class);
    private final Map<DataRole, InlineDataStatement> inline = new EnumMap<>(DataRole.class);
    private final Map<DataRole, CsvDataStatement> csv = new EnumMap<>(DataRole.class);
    private InputStatement input;
    private LossStatement loss;
    private AllWeightsStatement allWeights;
    private WeightsInitStatement init;
    private OptimizerStatement optimizer;
    private PrecisionStatement precision;
    private ScheduleStatement schedule;
    private ValidationSplitStatement split;
    private TrainStatement train;

    private StatementIndex(Problems problems) {
        this.problems = problems;
    }

    static StatementIndex of(NetworkDecl network, Problems problems) {
        StatementIndex index = new StatementIndex(problems);
        network.statements().forEach(s -> s.accept(index));
        return index;
    }

    Optional<InputStatement> input() {
        return Optional.ofNullable(input);
    }

    List<LayerStatement> layers() {
        return List.copyOf(layers);
    }

    Optional<LossStatement> loss() {
        return Optional.ofNullable(loss);
    }

    Optional<AllWeightsStatement> allWeights() {
        return Optional.ofNullable(allWeights);
    }

    /** {@code weights NAME = [...]} statements, in source order. */
    List<LayerWeightsStatement> layerWeights() {
        return List.copyOf(layerWeights.values());
    }

    Optional<WeightsInitStatement> init() {
        return Optional.ofNullable(init);
    }

    Optional<OptimizerStatement> optimizer() {
        return Optional.ofNullable(optimizer);
    }

    Optional<PrecisionStatement> precision() {
        return Optional.ofNullable(precision);
    }

    Optional<ScheduleStatement> schedule() {
        return Optional.ofNullable(schedule);
    }

    Optional<ValidationSplitStatement> validationSplit() {
        return Optional.ofNullable(split);
    }

    Optional<TrainStatement> train() {
        return Optional.ofNullable(train);
    }

    Optional<InlineDataStatement> inline(DataRole role) {
        return Optional.ofNullable(inline.get(role));
    }

    Optional<CsvDataStatement> csv(DataRole role) {
        return Optional.ofNullable(csv.get(role));
    }

    @Override
    public Void visitInput(InputStatement s) {
        input = once(input, s);
        return null;
    }

    @Override
    public Void visitLayer(LayerStatement s) {
        layers.add(s);
        return null;
    }

    @Override
    public Void visitLoss(LossStatement s) {
        loss = once(loss, s);
        return null;
    }

    @Override
    public Void visitAllWeights(AllWeightsStatement s) {
        allWeights = once(allWeights, s);
        return null;
    }

    @Override
    public Void visitLayerWeights(LayerWeightsStatement s) {
        layerWeights.put(s.layer().text(), once(layerWeights.get(s.layer().text()), s));
        return null;
    }

    @Override
    public Void visitWeightsInit(WeightsInitStatement s) {
        init = once(init, s);
        return null;
    }

    @Override
    public Void visitOptimizer(OptimizerStatement s) {
        optimizer = once(optimizer, s);
        return null;
    }

    @Override
    public Void visitPrecision(PrecisionStatement s) {
        precision = once(precision, s);
        return null;
    }

    @Override
    public Void visitSchedule(ScheduleStatement s) {
        schedule = once(schedule, s);
        return null;
    }

    @Override
    public Void visitValidationSplit(ValidationSplitStatement s) {
        if (once(data.get(DataRole.VALIDATION), s) == s) {
            data.put(DataRole.VALIDATION, s);
            split = s;
        }
        return null;
    }

    @Override
    public Void visitTrain(TrainStatement s) {
        train = once(train, s);
        return null;
    }

    @Override
    public Void visitInlineData(InlineDataStatement s) {
        if (once(data.get(s.role()), s) == s) {
            data.put(s.role(), s);
            inline.put(s.role(), s);
        }
        return null;
    }

    @Override
    public Void visitCsvData(CsvDataStatement s) {
        if (once(data.get(s.role()), s) == s) {
            data.put(s.role(), s);
            csv.put(s.role(), s);
        }
        return null;
    }

    /** The statement to keep: {@code first} when there is one ({@code next} is then reported), else {@code next}. */
    private <T extends Statement> T once(T first, T next) {
        if (first == null) {
            return next;
        }
        problems.error(Code.DUPLICATE, next.span(), "'" + next.keyword() + "' is given twice; the first is on line "
                + first.span().line());
        return first;
    }
}

package dev.nnc.compiler.ast;

/** One method per kind of {@link Statement}. */
public interface StatementVisitor<R> {
    R visitInput(InputStatement statement);

    R visitLayer(LayerStatement statement);

    R visitLoss(LossStatement statement);

    R visitAllWeights(AllWeightsStatement statement);

    R visitLayerWeights(LayerWeightsStatement statement);

    R visitWeightsInit(WeightsInitStatement statement);

    R visitOptimizer(OptimizerStatement statement);

    R visitSchedule(ScheduleStatement statement);

    R visitPrecision(PrecisionStatement statement);

    R visitValidationSplit(ValidationSplitStatement statement);

    R visitTrain(TrainStatement statement);

    R visitInlineData(InlineDataStatement statement);

    R visitCsvData(CsvDataStatement statement);
}

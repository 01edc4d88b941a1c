package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** One statement inside {@code network NAME { ... }}. */
public sealed interface Statement
        permits InputStatement, LayerStatement, LossStatement, AllWeightsStatement, LayerWeightsStatement,
        WeightsInitStatement, OptimizerStatement, ScheduleStatement, PrecisionStatement, TrainStatement, InlineDataStatement,
        CsvDataStatement, ValidationSplitStatement {

    /** Where the statement starts (its keyword). */
    Span span();

    /** The keyword that starts the statement, for messages ("duplicate 'loss' statement"). */
    String keyword();

    <R> R accept(StatementVisitor<R> visitor);
}

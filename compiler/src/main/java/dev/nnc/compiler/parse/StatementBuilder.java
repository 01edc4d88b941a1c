package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.AllWeightsStatement;
import dev.nnc.compiler.ast.DataRole;
import dev.nnc.compiler.ast.InputStatement;
import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.ast.LayerWeightsStatement;
import dev.nnc.compiler.ast.LossStatement;
import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.ast.OptimizerStatement;
import dev.nnc.compiler.ast.PrecisionStatement;
import dev.nnc.compiler.ast.Statement;
import dev.nnc.compiler.ast.TrainOption;
import dev.nnc.compiler.ast.ScheduleStatement;
import dev.nnc.compiler.ast.TrainStatement;
import dev.nnc.compiler.ast.ValidationSplitStatement;
import dev.nnc.compiler.ast.WeightsInitStatement;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.grammar.NnBaseVisitor;
import dev.nnc.grammar.NnLexer;
import dev.nnc.grammar.NnParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/** Builds one {@link Statement} per labeled alternative of the grammar's {@code statement} rule. */
final class StatementBuilder extends NnBaseVisitor<Statement> {
    private final Nodes nodes;

    StatementBuilder(Nodes nodes) {
        this.nodes = nodes;
    }

    @Override
    public Statement visitInputStatement(NnParser.InputStatementContext c) {
        return new InputStatement(nodes.name(c.name), nodes.number(c.size), c.normalize != null,
                Optional.ofNullable(c.scaling).map(t -> new Name(t.getText(), nodes.span(t))), nodes.span(c.start));
    }

    @Override
    public Statement visitLayerStatement(NnParser.LayerStatementContext c) {
        return new LayerStatement(nodes.name(c.name), nodes.number(c.size), nodes.call(c.activation),
                Optional.ofNullable(c.bias).map(b -> BiasBuilder.build(b, nodes)), strategy(c.strategy),
                nodes.span(c.start));
    }

    @Override
    public Statement visitLossStatement(NnParser.LossStatementContext c) {
        return new LossStatement(nodes.name(c.kind), nodes.span(c.start));
    }

    @Override
    public Statement visitPrecisionStatement(NnParser.PrecisionStatementContext c) {
        return new PrecisionStatement(nodes.name(c.kind), nodes.span(c.start));
    }

    @Override
    public Statement visitAllWeightsStatement(NnParser.AllWeightsStatementContext c) {
        return new AllWeightsStatement(nodes.list(c.values), nodes.span(c.start));
    }

    @Override
    public Statement visitLayerWeightsStatement(NnParser.LayerWeightsStatementContext c) {
        return new LayerWeightsStatement(nodes.name(c.layer), nodes.list(c.values), nodes.span(c.start));
    }

    @Override
    public Statement visitWeightsInitStatement(NnParser.WeightsInitStatementContext c) {
        return new WeightsInitStatement(nodes.call(c.scheme), nodes.optionalNumber(c.seed), nodes.span(c.start));
    }

    @Override
    public Statement visitOptimizerStatement(NnParser.OptimizerStatementContext c) {
        return new OptimizerStatement(nodes.call(c.kind), nodes.span(c.start));
    }

    @Override
    public Statement visitScheduleStatement(NnParser.ScheduleStatementContext c) {
        return new ScheduleStatement(nodes.call(c.kind), nodes.span(c.start));
    }

    @Override
    public Statement visitValidationSplitStatement(NnParser.ValidationSplitStatementContext c) {
        return new ValidationSplitStatement(nodes.number(c.value), nodes.optionalNumber(c.seed), nodes.span(c.start));
    }

    @Override
    public Statement visitTrainStatement(NnParser.TrainStatementContext c) {
        TrainOptionBuilder options = new TrainOptionBuilder(nodes);
        List<TrainOption> built = c.options.stream().map(options::visit).collect(Collectors.toList());
        return new TrainStatement(built, nodes.span(c.start));
    }

    @Override
    public Statement visitDataStatement(NnParser.DataStatementContext c) {
        DataRole role = switch (c.role.getType()) {
            case NnLexer.TEST -> DataRole.TEST;
            case NnLexer.VALIDATION -> DataRole.VALIDATION;
            default -> DataRole.DATA;
        };
        return new DataBuilder(nodes, role, nodes.span(c.role)).visit(c.source);
    }

    private static Strategy strategy(Token word) {
        if (word == null) {
            return Strategy.AUTO;
        }
        return word.getType() == NnLexer.UNROLL ? Strategy.UNROLL : Strategy.LOOP;
    }
}

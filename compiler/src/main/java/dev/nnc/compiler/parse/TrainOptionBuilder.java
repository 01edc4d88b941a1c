package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.TrainOption;
import dev.nnc.grammar.NnBaseVisitor;
import dev.nnc.grammar.NnParser;

/** Builds one {@link TrainOption} per alternative of {@code trainOption}. */
final class TrainOptionBuilder extends NnBaseVisitor<TrainOption> {
    private final Nodes nodes;

    TrainOptionBuilder(Nodes nodes) {
        this.nodes = nodes;
    }

    @Override
    public TrainOption visitEpochsOption(NnParser.EpochsOptionContext c) {
        return new TrainOption(TrainOption.Kind.EPOCHS, nodes.optionalNumber(c.value), nodes.span(c.start));
    }

    @Override
    public TrainOption visitBatchOption(NnParser.BatchOptionContext c) {
        return new TrainOption(TrainOption.Kind.BATCH, nodes.optionalNumber(c.value), nodes.span(c.start));
    }

    @Override
    public TrainOption visitShuffleOption(NnParser.ShuffleOptionContext c) {
        return new TrainOption(TrainOption.Kind.SHUFFLE, nodes.optionalNumber(c.value), nodes.span(c.start));
    }

    @Override
    public TrainOption visitPatienceOption(NnParser.PatienceOptionContext c) {
        return new TrainOption(TrainOption.Kind.PATIENCE, nodes.optionalNumber(c.value), nodes.span(c.start));
    }

    @Override
    public TrainOption visitMinDeltaOption(NnParser.MinDeltaOptionContext c) {
        return new TrainOption(TrainOption.Kind.MIN_DELTA, nodes.optionalNumber(c.value), nodes.span(c.start));
    }
}

package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.BiasClause;
import dev.nnc.compiler.diag.Span;
import dev.nnc.grammar.NnBaseVisitor;
import dev.nnc.grammar.NnParser;
import java.util.List;

/** Builds a {@link BiasClause} from the alternative of {@code biasValue} that was written. */
final class BiasBuilder extends NnBaseVisitor<BiasClause> {
    private final Nodes nodes;
    private final boolean frozen;
    private final Span span;

    private BiasBuilder(Nodes nodes, boolean frozen, Span span) {
        this.nodes = nodes;
        this.frozen = frozen;
        this.span = span;
    }

    static BiasClause build(NnParser.BiasClauseContext c, Nodes nodes) {
        return new BiasBuilder(nodes, c.frozen != null, nodes.span(c)).visit(c.value);
    }

    @Override
    public BiasClause visitUniformBias(NnParser.UniformBiasContext c) {
        return new BiasClause(BiasClause.Kind.UNIFORM, List.of(nodes.number(c.value)), frozen, span);
    }

    @Override
    public BiasClause visitListBias(NnParser.ListBiasContext c) {
        return new BiasClause(BiasClause.Kind.LIST, nodes.numbers(c.values.values), frozen, span);
    }

    @Override
    public BiasClause visitSharedBias(NnParser.SharedBiasContext c) {
        return new BiasClause(BiasClause.Kind.SHARED, List.of(nodes.number(c.value)), frozen, span);
    }

    @Override
    public BiasClause visitNoBias(NnParser.NoBiasContext c) {
        return new BiasClause(BiasClause.Kind.NONE, List.of(), frozen, span);
    }
}

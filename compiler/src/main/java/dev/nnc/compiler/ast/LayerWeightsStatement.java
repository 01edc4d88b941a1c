package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code weights NAME = [v, ...]}: the weights of one layer, in numbering order. */
public record LayerWeightsStatement(Name layer, NumberList values, Span span) implements Statement {
    @Override
    public String keyword() {
        return "weights " + layer.text();
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitLayerWeights(this);
    }
}

package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code weights = [v, ...]}: every weight of the network, in numbering order. */
public record AllWeightsStatement(NumberList values, Span span) implements Statement {
    @Override
    public String keyword() {
        return "weights";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAllWeights(this);
    }
}

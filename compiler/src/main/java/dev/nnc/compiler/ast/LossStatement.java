package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code loss KIND}. */
public record LossStatement(Name kind, Span span) implements Statement {
    @Override
    public String keyword() {
        return "loss";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitLoss(this);
    }
}

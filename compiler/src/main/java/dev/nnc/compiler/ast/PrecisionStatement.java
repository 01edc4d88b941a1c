package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code precision KIND}: {@code double} or {@code float}. */
public record PrecisionStatement(Name kind, Span span) implements Statement {
    @Override
    public String keyword() {
        return "precision";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitPrecision(this);
    }
}

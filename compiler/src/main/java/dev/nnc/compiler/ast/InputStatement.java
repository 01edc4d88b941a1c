package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code input NAME[N] [normalize]}. */
public record InputStatement(Name name, NumberLit size, boolean normalize, Span span) implements Statement {
    @Override
    public String keyword() {
        return "input";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitInput(this);
    }
}

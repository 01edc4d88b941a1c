package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code optimizer KIND(param = v, ...)}. */
public record OptimizerStatement(Call optimizer, Span span) implements Statement {
    @Override
    public String keyword() {
        return "optimizer";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitOptimizer(this);
    }
}

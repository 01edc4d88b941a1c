package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.model.Strategy;
import java.util.Optional;

/** {@code layer NAME[N] ACTIVATION [bias ...] [unroll | loop]}; {@code strategy} is AUTO when not written. */
public record LayerStatement(Name name, NumberLit size, Call activation, Optional<BiasClause> bias,
                             Strategy strategy, Span span) implements Statement {
    @Override
    public String keyword() {
        return "layer";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitLayer(this);
    }
}

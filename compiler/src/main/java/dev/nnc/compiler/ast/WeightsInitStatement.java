package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.Optional;

/** {@code weights init SCHEME [seed = S]}. */
public record WeightsInitStatement(Call scheme, Optional<NumberLit> seed, Span span) implements Statement {
    @Override
    public String keyword() {
        return "weights init";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitWeightsInit(this);
    }
}

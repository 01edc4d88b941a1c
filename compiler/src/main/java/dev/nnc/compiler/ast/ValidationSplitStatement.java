package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.Optional;

/** {@code validation split = F [seed = S]}: a fraction of the training samples held out for validation. */
public record ValidationSplitStatement(NumberLit fraction, Optional<NumberLit> seed, Span span) implements Statement {
    @Override
    public String keyword() {
        return "validation";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitValidationSplit(this);
    }
}

package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/** {@code data { samples }} or {@code test { samples }}. */
public record InlineDataStatement(DataRole role, List<Sample> samples, Span span) implements Statement {
    public InlineDataStatement {
        samples = List.copyOf(samples);
    }

    @Override
    public String keyword() {
        return role.spelling();
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitInlineData(this);
    }
}

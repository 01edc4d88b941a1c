package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.Optional;

/** {@code data "file.csv" [label]} or {@code test "file.csv" [label]}; {@code label} is where the word stands. */
public record CsvDataStatement(DataRole role, StringLit path, Optional<Span> label, Span span) implements Statement {
    /** Whether the last column is a class label. */
    public boolean labeled() {
        return label.isPresent();
    }

    @Override
    public String keyword() {
        return role.spelling();
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCsvData(this);
    }
}

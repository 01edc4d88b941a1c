package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code data "file.csv" [label]} or {@code test "file.csv" [label]}. */
public record CsvDataStatement(DataRole role, StringLit path, boolean label, Span span) implements Statement {
    @Override
    public String keyword() {
        return role.spelling();
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCsvData(this);
    }
}

package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code data "file.csv" [label [= "column"]] [ignore = "column" | ["column", ...]]}, or the same
 * after {@code test}; {@code label} is where the word stands, {@code labelColumn} the column it
 * names, {@code ignored} every column named after {@code ignore}, and {@code repeated} where an
 * option is given a second time.
 */
public record CsvDataStatement(DataRole role, StringLit path, Optional<Span> label, Optional<StringLit> labelColumn,
                               List<StringLit> ignored, List<Span> repeated, Span span) implements Statement {
    public CsvDataStatement {
        ignored = List.copyOf(ignored);
        repeated = List.copyOf(repeated);
    }

    /** Without column names: the last column is the label, if any. */
    public CsvDataStatement(DataRole role, StringLit path, Optional<Span> label, Span span) {
        this(role, path, label, Optional.empty(), List.of(), List.of(), span);
    }

    /** Whether a column is a class label. */
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

package dev.nnc.compiler.model;

import dev.nnc.compiler.diag.Span;
import dev.nnc.runtime.CsvColumns;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Samples in a CSV file (resolved path, as written at {@code span}); with {@code label} a column
 * (the one named {@code labelColumn}, else the last) is a class label, one-hot encoded; the
 * {@code ignored} columns are skipped.
 */
public record CsvSource(Path path, String written, boolean label, Optional<ColumnName> labelColumn,
                        List<ColumnName> ignored, Span span) implements DataSource {
    public CsvSource {
        ignored = List.copyOf(ignored);
    }

    /** Every column by position: the last is the label, if any. */
    public CsvSource(Path path, String written, boolean label, Span span) {
        this(path, written, label, Optional.empty(), List.of(), span);
    }

    /** The columns as the runtime's reader takes them. */
    public CsvColumns columns() {
        return new CsvColumns(label, labelColumn.map(ColumnName::name),
                ignored.stream().map(ColumnName::name).toList());
    }
}

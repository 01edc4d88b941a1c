package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;
import java.util.Optional;

/** An option after a CSV file's name, as written: {@code label [= "column"]} or {@code ignore = ...}. */
public sealed interface CsvOption permits CsvOption.Label, CsvOption.Ignore {
    /** Where the option starts. */
    Span span();

    /** {@code label} or {@code label = "species"}. */
    record Label(Optional<StringLit> column, Span span) implements CsvOption {
    }

    /** {@code ignore = "id"} or {@code ignore = ["id", "row"]}. */
    record Ignore(List<StringLit> names, Span span) implements CsvOption {
        public Ignore {
            names = List.copyOf(names);
        }
    }
}

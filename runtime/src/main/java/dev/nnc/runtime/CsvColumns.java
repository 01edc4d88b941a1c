package dev.nnc.runtime;

import java.util.List;
import java.util.Optional;

/**
 * Which columns of a CSV data file hold what. Without {@code label} the first columns are the
 * inputs and the last ones the targets; with {@code label} one column holds a class label: the
 * column named {@code labelColumn} in the header row, else the last one. The columns named in
 * {@code ignored} are skipped (an id, a date). Naming a column needs a header row.
 */
public record CsvColumns(boolean label, Optional<String> labelColumn, List<String> ignored) {
    /** Inputs, then targets: every column read, by position. */
    public static final CsvColumns TARGETS = new CsvColumns(false, Optional.empty(), List.of());
    /** Inputs, then a class label in the last column. */
    public static final CsvColumns LABEL = new CsvColumns(true, Optional.empty(), List.of());

    public CsvColumns {
        ignored = List.copyOf(ignored);
        if (labelColumn.isPresent() && !label) {
            throw new IllegalArgumentException("a label column needs label data");
        }
        boolean twice = ignored.stream().distinct().count() != ignored.size();
        if (twice || labelColumn.filter(ignored::contains).isPresent()) {
            throw new IllegalArgumentException("a column is ignored twice, or both ignored and the label: " + ignored);
        }
    }

    /** {@link #LABEL} or {@link #TARGETS}. */
    public static CsvColumns of(boolean label) {
        return label ? LABEL : TARGETS;
    }

    /** Whether a column is chosen by name, which takes a header row. */
    public boolean namesColumns() {
        return labelColumn.isPresent() || !ignored.isEmpty();
    }
}

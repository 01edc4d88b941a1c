package dev.nnc.compiler.model;

import dev.nnc.compiler.diag.Span;
import java.nio.file.Path;

/**
 * Samples in a CSV file (resolved path, as written at {@code span}); with {@code label} the last
 * column is a class index, one-hot encoded.
 */
public record CsvSource(Path path, String written, boolean label, Span span) implements DataSource {
}

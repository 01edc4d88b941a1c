package dev.nnc.compiler.model;

import dev.nnc.compiler.diag.Span;

/** A CSV column named in the {@code .nn} file ({@code label = "species"}, {@code ignore = "id"}), and where. */
public record ColumnName(String name, Span span) {
}

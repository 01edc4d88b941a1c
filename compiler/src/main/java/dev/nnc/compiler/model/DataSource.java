package dev.nnc.compiler.model;

/** Where training or test samples come from: inline samples or a CSV file. */
public sealed interface DataSource permits InlineData, CsvSource {
}

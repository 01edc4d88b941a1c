package dev.nnc.compiler.model;

import dev.nnc.runtime.Dataset;

/** Samples written in the {@code .nn} file itself, already checked against the network's widths. */
public record InlineData(Dataset dataset) implements DataSource {
}

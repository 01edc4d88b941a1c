package dev.nnc.compiler.model;

/** The input layer: {@code size} inputs named {@code name1..nameN}, optionally standardised. */
public record Input(String name, int size, boolean normalize) {
}

package dev.nnc.compiler.model;

import dev.nnc.runtime.Normalization;

/**
 * The input layer: {@code size} inputs named {@code name1..nameN}, optionally normalised, with
 * {@code scaling} saying how (z-score unless {@code normalize minmax}).
 */
public record Input(String name, int size, boolean normalize, Normalization.Kind scaling) {
    /** Z-score scaling when {@code normalize}. */
    public Input(String name, int size, boolean normalize) {
        this(name, size, normalize, Normalization.Kind.ZSCORE);
    }
}

package dev.nnc.compiler.model;

import dev.nnc.runtime.BiasMode;
import java.util.List;

/** A layer's bias: mode, initial values ({@code mode.count(size)} of them), and whether it is frozen. */
public record Bias(BiasMode mode, List<Double> initial, boolean frozen) {
    public Bias {
        initial = List.copyOf(initial);
    }

    /** No bias. */
    public static Bias none() {
        return new Bias(BiasMode.NONE, List.of(), false);
    }
}

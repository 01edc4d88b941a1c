package dev.nnc.compiler.model;

/** How a layer's code is emitted: chosen by the compiler, or forced by {@code unroll} / {@code loop}. */
public enum Strategy {
    AUTO,
    UNROLL,
    LOOP
}

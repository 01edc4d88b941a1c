package com.example;

/** Java code that depends on both generated classes, so javac's incremental decisions show in the log. */
public final class Uses {
    private Uses() {
    }

    public static String names() {
        return new Mazur().name() + " " + new Xor().name();
    }
}

package dev.nnc.compiler.graph;

import java.util.OptionalDouble;

/**
 * The number an activation takes, {@code leaky_relu(0.01)}: its name, its default when it has one,
 * what it means, and an example value.
 */
public record Parameter(String name, OptionalDouble defaultValue, String meaning, String example) {
    static Parameter required(String name, String meaning, String example) {
        return new Parameter(name, OptionalDouble.empty(), meaning, example);
    }

    static Parameter optional(String name, double defaultValue, String meaning, String example) {
        return new Parameter(name, OptionalDouble.of(defaultValue), meaning, example);
    }
}

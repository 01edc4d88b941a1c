package dev.nnc.compiler.check;

import java.util.OptionalDouble;

/** One parameter of an activation, optimizer or initialiser: name, default (if any), meaning. */
record Param(String name, OptionalDouble defaultValue, String meaning) {

    static Param required(String name, String meaning) {
        return new Param(name, OptionalDouble.empty(), meaning);
    }

    static Param optional(String name, double defaultValue, String meaning) {
        return new Param(name, OptionalDouble.of(defaultValue), meaning);
    }
}

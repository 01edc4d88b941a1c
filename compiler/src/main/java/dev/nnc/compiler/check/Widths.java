package dev.nnc.compiler.check;

import java.util.OptionalInt;

/** How wide a sample must be: the input's size and the output layer's size, where they are known. */
record Widths(String inputName, OptionalInt inputs, String outputName, OptionalInt outputs) {
}

package dev.nnc.compiler.check;

import dev.nnc.runtime.Activation;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How wide a sample must be: the input's size and the output layer's size, where they are known,
 * and the output layer's activation (one sigmoid output takes two classes of label data).
 */
record Widths(String inputName, OptionalInt inputs, String outputName, OptionalInt outputs,
              Optional<Activation> outputActivation) {
}

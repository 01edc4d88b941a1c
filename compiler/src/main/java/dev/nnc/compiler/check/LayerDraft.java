package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.model.Bias;
import dev.nnc.runtime.Activation;
import java.util.Optional;
import java.util.OptionalInt;

/** A layer as far as it checked: each part is empty when it had an error. */
record LayerDraft(LayerStatement statement, OptionalInt size, Optional<Activation> activation, double alpha,
                  Optional<Bias> bias) {

    String name() {
        return statement.name().text();
    }
}

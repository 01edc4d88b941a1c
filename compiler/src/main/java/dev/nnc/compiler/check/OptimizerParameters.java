package dev.nnc.compiler.check;

import dev.nnc.runtime.OptimizerKind;
import java.util.List;

/** The names of the parameters an optimizer takes ({@code rate}, {@code beta1}, ...), as the checker knows them. */
public final class OptimizerParameters {
    private OptimizerParameters() {
    }

    /** The parameters {@code kind} takes, in the order the language lists them. */
    public static List<String> names(OptimizerKind kind) {
        return Signatures.of(kind).params().stream().map(Param::name).toList();
    }
}

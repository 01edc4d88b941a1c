package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/**
 * A layer's {@code bias ...} clause: its kind, the values written (one for {@code = v} and
 * {@code shared = v}, the list for {@code = [...]}, none for {@code none}) and {@code frozen}.
 */
public record BiasClause(Kind kind, List<NumberLit> values, boolean frozen, Span span) {
    public BiasClause {
        values = List.copyOf(values);
    }

    /** How the clause was written. */
    public enum Kind {
        /** {@code bias = v}: every neuron starts at v. */
        UNIFORM,
        /** {@code bias = [v1, ...]}: one value per neuron. */
        LIST,
        /** {@code bias shared = v}. */
        SHARED,
        /** {@code bias none}. */
        NONE
    }
}

package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.BiasClause;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.model.Bias;
import dev.nnc.runtime.BiasMode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns a layer's {@code bias ...} clause (or its absence: one bias per neuron, starting at 0) into a {@link Bias}. */
final class BiasChecker {
    private final Problems problems;
    private final Numbers numbers;

    BiasChecker(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.numbers = numbers;
    }

    /** The layer's bias, or empty when something was reported or its size is unknown. */
    Optional<Bias> check(Optional<BiasClause> written, String layer, OptionalInt size) {
        if (written.isEmpty()) {
            return size.isPresent()
                    ? Optional.of(new Bias(BiasMode.PER_NEURON, Collections.nCopies(size.getAsInt(), 0.0), false))
                    : Optional.empty();
        }
        BiasClause clause = written.get();
        Optional<List<Double>> values = numbers.finite(clause.values());
        return switch (clause.kind()) {
            case NONE -> {
                if (clause.frozen()) {
                    problems.warning(Code.FROZEN_WITHOUT_BIAS, clause.span(), "'frozen' does nothing here: layer '"
                            + layer + "' has no bias");
                }
                yield Optional.of(Bias.none());
            }
            case SHARED -> values.map(v -> new Bias(BiasMode.SHARED, v, clause.frozen()));
            case UNIFORM -> values.flatMap(v -> size.isEmpty() ? Optional.empty()
                    : Optional.of(new Bias(BiasMode.PER_NEURON, Collections.nCopies(size.getAsInt(), v.get(0)),
                    clause.frozen())));
            case LIST -> {
                if (size.isPresent() && clause.values().size() != size.getAsInt()) {
                    problems.error(Code.BIAS_COUNT, clause.span(), "layer '" + layer + "' has "
                            + Plural.of(size.getAsInt(), "neuron") + ", so its bias list needs "
                            + Plural.of(size.getAsInt(), "value") + ", but it has " + clause.values().size());
                    yield Optional.empty();
                }
                yield values.flatMap(v -> size.isEmpty() ? Optional.empty()
                        : Optional.of(new Bias(BiasMode.PER_NEURON, v, clause.frozen())));
            }
        };
    }
}

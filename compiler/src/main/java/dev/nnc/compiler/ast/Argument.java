package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.Optional;

/** One argument of a {@link Call}: {@code name = value}, or a bare positional {@code value}. */
public record Argument(Optional<Name> name, NumberLit value, Span span) {
}

package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/** {@code [v, ...]}; the span covers the opening bracket. */
public record NumberList(List<NumberLit> values, Span span) {
    public NumberList {
        values = List.copyOf(values);
    }

    /** Number of values. */
    public int size() {
        return values.size();
    }
}

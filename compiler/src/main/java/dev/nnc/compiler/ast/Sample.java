package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code [x, ...] -> [t, ...]}. */
public record Sample(NumberList inputs, NumberList targets, Span span) {
}

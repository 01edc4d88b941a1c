package dev.nnc.compiler.check;

import dev.nnc.compiler.diag.Span;

/** A parameter's value after binding: as written (text and span) or its default. */
record BoundValue(double value, String text, Span span) {
}

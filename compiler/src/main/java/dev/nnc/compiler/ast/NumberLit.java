package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/**
 * A number as written ({@code text}, kept for exact reprinting and whole-number checks) and its
 * double value, which is infinite when the literal overflows.
 */
public record NumberLit(String text, double value, Span span) {
}

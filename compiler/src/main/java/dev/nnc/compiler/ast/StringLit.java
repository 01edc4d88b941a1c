package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** A double-quoted string, without its quotes. */
public record StringLit(String value, Span span) {
}

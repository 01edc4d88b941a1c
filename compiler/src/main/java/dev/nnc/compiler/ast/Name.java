package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** A word as written: a user's name, or a vocabulary word such as an activation or a parameter. */
public record Name(String text, Span span) {
}

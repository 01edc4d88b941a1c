package dev.nnc.compiler.model;

import dev.nnc.compiler.diag.Span;

/**
 * {@code validation split = fraction [seed = seed]}: the share of the training samples held out for
 * validation, chosen reproducibly from the seed (runtime {@code ValidationSplit}).
 */
public record ValidationSplit(double fraction, long seed, Span span) {
}

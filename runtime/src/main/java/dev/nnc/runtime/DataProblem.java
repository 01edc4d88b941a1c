package dev.nnc.runtime;

/** One problem found in a data file, at a 1-based line and column of that file. */
public record DataProblem(int line, int column, String message) {
}

package dev.nnc.runtime;

/** One problem found in a data file, at a 1-based line and column of that file, and its kind. */
public record DataProblem(int line, int column, String message, Kind kind) {
    /** What went wrong, so that a report can give each kind its own code. */
    public enum Kind {
        /** A cell, a row or the file is not what a CSV data file of this network holds. */
        FORMAT,
        /** A class label in test or validation data that the training data does not have. */
        UNKNOWN_CLASS,
        /** Training data whose label column holds another number of classes than the network has. */
        CLASS_COUNT,
        /** A column named by {@code label = "..."} or {@code ignore} that the file does not have. */
        COLUMN
    }

    /** A {@link Kind#FORMAT} problem. */
    public DataProblem(int line, int column, String message) {
        this(line, column, message, Kind.FORMAT);
    }
}

package dev.nnc.runtime;

import java.io.IOException;
import java.nio.file.Path;

/** Reads samples from CSV files. */
public final class CsvReader {
    private CsvReader() {
    }

    /**
     * Reads {@code file}: numeric columns, comma separated, an optional header row (a first row that
     * is not all numbers). Without {@code label} the first {@code inputs} columns are inputs and the
     * last {@code outputs} are targets; with {@code label} the last column is a class index
     * 0..outputs-1, one-hot encoded.
     *
     * @throws DataException with every problem found, each at its 1-based line and column
     * @throws IOException when the file cannot be read
     */
    public static Dataset read(Path file, int inputs, int outputs, boolean label) throws DataException, IOException {
        throw new UnsupportedOperationException("not yet written");
    }
}

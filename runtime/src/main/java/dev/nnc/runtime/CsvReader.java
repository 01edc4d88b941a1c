package dev.nnc.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads samples from CSV files. */
public final class CsvReader {
    private final Path file;
    private final int inputs;
    private final int outputs;
    private final boolean label;
    private CsvLines lines;
    private final List<double[]> inputRows = new ArrayList<>();
    private final List<double[]> targetRows = new ArrayList<>();
    private boolean headerAllowed = true;
    private boolean sawRow;
    /** The line of the header row, 0 when there is none. */
    private int headerLine;
    private String headerText = "";

    private CsvReader(Path file, int inputs, int outputs, boolean label) {
        this.file = file;
        this.inputs = inputs;
        this.outputs = outputs;
        this.label = label;
    }

    /**
     * Reads {@code file}: numeric columns, comma separated, an optional header row (a first row in
     * which no cell is a number; a first row mixing numbers and words is data with errors). Without {@code label} the first {@code inputs} columns are inputs and the
     * last {@code outputs} are targets; with {@code label} the last column is a class index
     * 0..outputs-1, one-hot encoded.
     *
     * <p>Blank lines are skipped; cells may have surrounding whitespace; lines may end in
     * {@code \n}, {@code \r\n} or {@code \r}; a leading byte-order mark is ignored. A problem with a
     * cell is reported at the cell's first non-blank character; a row with too many cells at the
     * first extra one, a row with too few just after its last character.
     *
     * <p>The file is read line by line, never held whole: a line longer than 1,048,576 characters
     * (or 64 per column, if more) is reported and skipped, and reading stops after 10,000 problems.
     *
     * @throws DataException with every problem found, each at its 1-based line and column
     * @throws IOException when the file cannot be read
     */
    public static Dataset read(Path file, int inputs, int outputs, boolean label) throws DataException, IOException {
        CsvReader reader = create(file, inputs, outputs, label);
        try (CsvLines lines = CsvLines.of(file, CsvLines.maxLength(inputs + outputs + 1))) {
            return reader.parse(lines);
        }
    }

    /**
     * As {@link #read}, from a stream such as standard input, read line by line as it comes;
     * {@code name} only names it in the exception. The stream is closed.
     */
    public static Dataset read(InputStream in, Path name, int inputs, int outputs, boolean label)
            throws DataException, IOException {
        CsvReader reader = create(name, inputs, outputs, label);
        try (CsvLines lines = CsvLines.of(in, CsvLines.maxLength(inputs + outputs + 1))) {
            return reader.parse(lines);
        }
    }

    /** As {@link #read}, from text already in memory; {@code file} only names it in the exception. */
    public static Dataset parse(Path file, String text, int inputs, int outputs, boolean label) throws DataException {
        CsvReader reader = create(file, inputs, outputs, label);
        try (CsvLines lines = CsvLines.of(text, CsvLines.maxLength(inputs + outputs + 1))) {
            return reader.parse(lines);
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to read", e);
        }
    }

    private static CsvReader create(Path file, int inputs, int outputs, boolean label) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("inputs and outputs must be at least 1");
        }
        return new CsvReader(file, inputs, outputs, label);
    }

    private Dataset parse(CsvLines lines) throws DataException, IOException {
        this.lines = lines;
        for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
            row(line.number(), line.text());
        }
        if (!sawRow) {
            lines.noRows("no samples", headerLine, headerText);
        }
        if (lines.hasProblems()) {
            throw lines.exception(file);
        }
        return Dataset.adopt(inputRows.toArray(new double[0][]), targetRows.toArray(new double[0][]));
    }

    private void row(int line, String content) {
        if (content.isBlank()) {
            return;
        }
        List<CsvCell> cells = CsvCell.split(content);
        if (headerAllowed) {
            headerAllowed = false;
            // The spec's "not all numbers", narrowed to "no numbers at all": a first data row with
            // one typo is then reported instead of being silently dropped as a header.
            if (cells.stream().noneMatch(CsvCell::looksNumeric) && !CsvLayout.looksLikeData(content)) {
                headerLine = line;
                headerText = content;
                return;
            }
        }
        sawRow = true;
        Optional<DataProblem> layout = CsvLayout.problem(line, content);
        if (layout.isPresent()) {
            lines.problem(layout.get(), content);
            return;
        }
        List<DataProblem> problems = new ArrayList<>();
        int expected = inputs + (label ? 1 : outputs);
        if (cells.size() != expected) {
            int column = cells.size() > expected ? cells.get(expected).column() : content.stripTrailing().length() + 1;
            problems.add(new DataProblem(line, column, "row has " + cells.size() + (cells.size() == 1 ? " column" : " columns") + ", expected " + expected));
        }
        double[] values = new double[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            Double value = cells.get(c).parse(line, problems);
            values[c] = value == null ? Double.NaN : value;
        }
        if (problems.isEmpty() && label) {
            checkLabel(line, cells.get(inputs), values[inputs], problems);
        }
        if (problems.isEmpty()) {
            add(values);
        }
        problems.forEach(problem -> lines.problem(problem, content));
    }

    private void checkLabel(int line, CsvCell cell, double value, List<DataProblem> problems) {
        if (value != Math.rint(value)) {
            problems.add(new DataProblem(line, cell.column(),
                    "expected a class label 0.." + (outputs - 1) + " but found " + cell.quoted()));
        } else if (value < 0 || value >= outputs) {
            problems.add(new DataProblem(line, cell.column(),
                    "class label " + cell.text() + " is out of range 0.." + (outputs - 1)));
        }
    }

    private void add(double[] values) {
        double[] x = new double[inputs];
        System.arraycopy(values, 0, x, 0, inputs);
        double[] t = new double[outputs];
        if (label) {
            t[(int) values[inputs]] = 1.0;
        } else {
            System.arraycopy(values, inputs, t, 0, outputs);
        }
        inputRows.add(x);
        targetRows.add(t);
    }
}

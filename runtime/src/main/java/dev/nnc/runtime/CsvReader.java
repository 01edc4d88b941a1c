package dev.nnc.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads samples from CSV files. */
public final class CsvReader {
    private final Path file;
    private final int inputs;
    private final int outputs;
    private final boolean label;
    private final List<DataProblem> problems = new ArrayList<>();
    private final List<double[]> inputRows = new ArrayList<>();
    private final List<double[]> targetRows = new ArrayList<>();
    private boolean headerAllowed = true;
    private boolean sawRow;
    /** The line of the header row, 0 when there is none. */
    private int headerLine;

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
     * @throws DataException with every problem found, each at its 1-based line and column
     * @throws IOException when the file cannot be read
     */
    public static Dataset read(Path file, int inputs, int outputs, boolean label) throws DataException, IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return parse(file, text, inputs, outputs, label);
    }

    /** As {@link #read}, from text already in memory; {@code file} only names it in the exception. */
    public static Dataset parse(Path file, String text, int inputs, int outputs, boolean label) throws DataException {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("inputs and outputs must be at least 1");
        }
        return new CsvReader(file, inputs, outputs, label).parse(text);
    }

    private Dataset parse(String text) throws DataException {
        int lineNumber = 1;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            row(lineNumber, text.substring(start, end));
            if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
            lineNumber++;
        }
        if (!sawRow) {
            problems.add(headerLine > 0 ? new DataProblem(headerLine, 1, "no samples: the only row was read as a "
                    + "header, as none of its cells is a number") : new DataProblem(1, 1, "no samples"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(DataProblem::line).thenComparingInt(DataProblem::column));
            throw new DataException(file, problems);
        }
        return new Dataset(inputRows.toArray(new double[0][]), targetRows.toArray(new double[0][]));
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
                return;
            }
        }
        sawRow = true;
        Optional<DataProblem> layout = CsvLayout.problem(line, content);
        if (layout.isPresent()) {
            problems.add(layout.get());
            return;
        }
        int before = problems.size();
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
        if (problems.size() == before && label) {
            checkLabel(line, cells.get(inputs), values[inputs]);
        }
        if (problems.size() == before) {
            add(values);
        }
    }

    private void checkLabel(int line, CsvCell cell, double value) {
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

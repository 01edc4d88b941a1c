package dev.nnc.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads rows of inputs only (no targets) from CSV, for predictions. The same rules as
 * {@link CsvReader}: comma separated numbers, an optional header row in which no cell is a number,
 * blank lines skipped, {@code \n}, {@code \r\n} or {@code \r} line ends, a leading byte-order mark
 * ignored, every problem reported at its line and column.
 */
public final class InputCsv {
    private InputCsv() {
    }

    /**
     * The rows of {@code file}, each {@code width} numbers, in file order.
     *
     * @throws DataException with every problem found
     * @throws IOException when the file cannot be read
     */
    public static double[][] read(Path file, int width) throws DataException, IOException {
        return parse(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), width);
    }

    /** As {@link #read}, from text in memory; {@code file} only names it in the exception. */
    public static double[][] parse(Path file, String text, int width) throws DataException {
        List<DataProblem> problems = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        boolean first = true;
        int headerLine = 0;
        int line = 0;
        for (String content : (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1)) {
            line++;
            if (content.isBlank()) {
                continue;
            }
            List<CsvCell> cells = CsvCell.split(content);
            if (first) {
                first = false;
                if (cells.stream().noneMatch(CsvCell::looksNumeric) && !CsvLayout.looksLikeData(content)) {
                    headerLine = line;
                    continue;
                }
            }
            Optional<DataProblem> layout = CsvLayout.problem(line, content);
            if (layout.isPresent()) {
                problems.add(layout.get());
                continue;
            }
            int before = problems.size();
            if (cells.size() != width) {
                int column = cells.size() > width ? cells.get(width).column() : content.stripTrailing().length() + 1;
                problems.add(new DataProblem(line, column, "row has " + cells.size()
                        + (cells.size() == 1 ? " column" : " columns") + ", expected " + width + " (the inputs only)"));
            }
            double[] x = new double[width];
            for (int c = 0; c < cells.size(); c++) {
                Double value = cells.get(c).parse(line, problems);
                if (value != null && c < width) {
                    x[c] = value;
                }
            }
            if (problems.size() == before) {
                rows.add(x);
            }
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(headerLine > 0 ? new DataProblem(headerLine, 1, "no rows of inputs: the only row was read as "
                    + "a header, as none of its cells is a number") : new DataProblem(1, 1, "no rows of inputs"));
        }
        if (!problems.isEmpty()) {
            throw new DataException(file, problems);
        }
        return rows.toArray(new double[0][]);
    }
}

package dev.nnc.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Reads rows of inputs only (no targets) from CSV, for predictions. The same rules as
 * {@link CsvReader}: comma separated numbers, an optional header row in which no cell is a number,
 * blank lines skipped, {@code \n}, {@code \r\n} or {@code \r} line ends, a leading byte-order mark
 * ignored, every problem reported at its line and column, the file read line by line.
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
        return read(file, width, List.of());
    }

    /**
     * As {@link #read(Path, int)}, dropping the columns the header row names {@code dropped} (the
     * columns the network's training data ignores); names the header does not have are not looked for.
     */
    public static double[][] read(Path file, int width, List<String> dropped) throws DataException, IOException {
        try (CsvLines lines = CsvLines.of(file, CsvLines.maxLength(width + dropped.size()))) {
            return parse(file, lines, width, dropped);
        }
    }

    /**
     * As {@link #read}, from a stream such as standard input, read line by line as it comes;
     * {@code name} only names it in the exception. The stream is closed.
     */
    public static double[][] read(InputStream in, Path name, int width) throws DataException, IOException {
        return read(in, name, width, List.of());
    }

    /** As {@link #read(InputStream, Path, int)}, dropping the columns the header row names {@code dropped}. */
    public static double[][] read(InputStream in, Path name, int width, List<String> dropped)
            throws DataException, IOException {
        try (CsvLines lines = CsvLines.of(in, CsvLines.maxLength(width + dropped.size()))) {
            return parse(name, lines, width, dropped);
        }
    }

    /** As {@link #read}, from text in memory; {@code file} only names it in the exception. */
    public static double[][] parse(Path file, String text, int width) throws DataException {
        return parse(file, text, width, List.of());
    }

    /** As {@link #read(Path, int, List)}, from text in memory; {@code file} only names it in the exception. */
    public static double[][] parse(Path file, String text, int width, List<String> dropped) throws DataException {
        try (CsvLines lines = CsvLines.of(text, CsvLines.maxLength(width + dropped.size()))) {
            return parse(file, lines, width, dropped);
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to read", e);
        }
    }

    private static double[][] parse(Path file, CsvLines lines, int inputs, List<String> dropped)
            throws DataException, IOException {
        List<double[]> rows = new ArrayList<>();
        boolean first = true;
        int headerLine = 0;
        String headerText = "";
        Set<Integer> skipped = Set.of();
        int width = inputs;
        for (CsvLines.Line next = lines.next(); next != null; next = lines.next()) {
            int line = next.number();
            String content = next.text();
            if (content.isBlank()) {
                continue;
            }
            List<CsvCell> cells = CsvCell.split(content);
            if (first) {
                first = false;
                if (cells.stream().noneMatch(CsvCell::looksNumeric) && !CsvLayout.looksLikeData(content)) {
                    headerLine = line;
                    headerText = content;
                    skipped = new HashSet<>();
                    for (int c = 0; c < cells.size(); c++) {
                        if (dropped.contains(CsvReader.unquote(cells.get(c)))) {
                            skipped.add(c);
                        }
                    }
                    width = inputs + skipped.size();
                    continue;
                }
            }
            List<DataProblem> problems = new ArrayList<>();
            Optional<DataProblem> layout = CsvLayout.problem(line, content, cells);
            if (layout.isPresent()) {
                lines.problem(layout.get(), content);
                continue;
            }
            if (cells.size() != width) {
                int column = cells.size() > width ? cells.get(width).column() : content.stripTrailing().length() + 1;
                problems.add(new DataProblem(line, column, "row has " + cells.size()
                        + (cells.size() == 1 ? " column" : " columns") + ", expected " + width + " (the inputs only"
                        + (skipped.isEmpty() ? "" : " and " + skipped.size() + " ignored")
                        + (headerLine == 0 && !dropped.isEmpty() ? "; without a header row the ignored columns "
                        + String.join(", ", dropped) + " cannot be found" : "") + ")"));
            }
            double[] x = new double[inputs];
            int slot = 0;
            for (int c = 0; c < cells.size(); c++) {
                if (skipped.contains(c)) {
                    continue;
                }
                double value = cells.get(c).parse(line, problems);
                if (!Double.isNaN(value) && c < width && slot < inputs) {
                    x[slot] = value;
                }
                slot++;
            }
            if (problems.isEmpty()) {
                rows.add(x);
            }
            problems.forEach(problem -> lines.problem(problem, content));
        }
        if (rows.isEmpty()) {
            lines.noRows("no rows of inputs", headerLine, headerText);
        }
        if (lines.hasProblems()) {
            throw lines.exception(file);
        }
        return rows.toArray(new double[0][]);
    }
}

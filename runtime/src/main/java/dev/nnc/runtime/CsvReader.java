package dev.nnc.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads samples from CSV files. */
public final class CsvReader {
    private final Path file;
    private final int inputs;
    private final int outputs;
    private final CsvColumns columns;
    /** The training data's classes when reading other data; null when this file's labels make the classes. */
    private final ClassLabels known;
    private CsvLines lines;
    private final List<double[]> inputRows = new ArrayList<>();
    private final List<double[]> targetRows = new ArrayList<>();
    /** Per row of label data: its class (known classes) or its distinct label's number (learning them). */
    private int[] labelIds = new int[64];
    /** Learning: every distinct label, numbered in order of appearance, with where it is first seen and how often. */
    private final Map<String, Seen> distinct = new LinkedHashMap<>();
    private boolean headerAllowed = true;
    private boolean sawRow;
    /** The line of the header row, 0 when there is none. */
    private int headerLine;
    private String headerText = "";
    private List<CsvCell> header = List.of();
    private ColumnRoles layout;
    /** Where the class-count problem is shown: the label's header cell, else its first cell. */
    private Place labelPlace;
    private boolean stopped;

    private CsvReader(Path file, int inputs, int outputs, CsvColumns columns, List<String> classes) {
        this.file = file;
        this.inputs = inputs;
        this.outputs = outputs;
        this.columns = columns;
        this.known = classes.isEmpty() ? null : ClassLabels.of(classes);
    }

    private record Seen(int id, int line, int[] count) {
    }

    /** A cell of the file: its line, column and the line's text. */
    private record Place(int line, int column, String text) {
    }

    /**
     * Reads {@code file}: numeric columns, comma separated, an optional header row (a first row in
     * which no cell is a number; a first row mixing numbers and words is data with errors). Without {@code label} the first {@code inputs} columns are inputs and the
     * last {@code outputs} are targets; with {@code label} the last column is a class label, one-hot
     * encoded (see {@link #read(Path, int, int, CsvColumns, List)}).
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
        return read(file, inputs, outputs, CsvColumns.of(label), List.of());
    }

    /**
     * Reads {@code file} with its columns chosen by {@code columns}. The label column holds any text
     * (surrounding double quotes are dropped). With {@code classes} empty, the classes are this file's
     * labels ({@link ClassLabels#learn}): as many as the network has outputs, or two (0 and 1) for a
     * network with one output, which then has the class as its target. Otherwise {@code classes} are
     * the training data's classes, and a label that is none of them is a problem
     * ({@link DataProblem.Kind#UNKNOWN_CLASS}): how test and validation data are read.
     *
     * @throws DataException with every problem found, each at its 1-based line and column
     * @throws IOException when the file cannot be read
     */
    public static Dataset read(Path file, int inputs, int outputs, CsvColumns columns, List<String> classes)
            throws DataException, IOException {
        CsvReader reader = create(file, inputs, outputs, columns, classes);
        try (CsvLines lines = CsvLines.of(file, CsvLines.maxLength(inputs + outputs + 1 + columns.ignored().size()))) {
            return reader.parse(lines);
        }
    }

    /**
     * As {@link #read}, from a stream such as standard input, read line by line as it comes;
     * {@code name} only names it in the exception. The stream is closed.
     */
    public static Dataset read(InputStream in, Path name, int inputs, int outputs, boolean label)
            throws DataException, IOException {
        return read(in, name, inputs, outputs, CsvColumns.of(label), List.of());
    }

    /** As {@link #read(Path, int, int, CsvColumns, List)}, from a stream; {@code name} only names it. */
    public static Dataset read(InputStream in, Path name, int inputs, int outputs, CsvColumns columns,
                               List<String> classes) throws DataException, IOException {
        CsvReader reader = create(name, inputs, outputs, columns, classes);
        try (CsvLines lines = CsvLines.of(in, CsvLines.maxLength(inputs + outputs + 1 + columns.ignored().size()))) {
            return reader.parse(lines);
        }
    }

    /** As {@link #read}, from text already in memory; {@code file} only names it in the exception. */
    public static Dataset parse(Path file, String text, int inputs, int outputs, boolean label) throws DataException {
        return parse(file, text, inputs, outputs, CsvColumns.of(label), List.of());
    }

    /** As {@link #read(Path, int, int, CsvColumns, List)}, from text in memory; {@code file} only names it. */
    public static Dataset parse(Path file, String text, int inputs, int outputs, CsvColumns columns,
                                List<String> classes) throws DataException {
        CsvReader reader = create(file, inputs, outputs, columns, classes);
        try (CsvLines lines = CsvLines.of(text, CsvLines.maxLength(inputs + outputs + 1 + columns.ignored().size()))) {
            return reader.parse(lines);
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to read", e);
        }
    }

    /**
     * The names in {@code file}'s header row (without surrounding quotes), or empty when its first
     * row is data: what names its columns, read without reading the rest.
     */
    public static Optional<List<String>> header(Path file) throws IOException {
        try (CsvLines lines = CsvLines.of(file, CsvLines.maxLength(1))) {
            for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (!line.text().isBlank()) {
                    return isHeader(line.text())
                            ? Optional.of(CsvCell.split(line.text()).stream().map(CsvReader::unquote).toList())
                            : Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    private static CsvReader create(Path file, int inputs, int outputs, CsvColumns columns, List<String> classes) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("inputs and outputs must be at least 1");
        }
        return new CsvReader(file, inputs, outputs, columns, classes);
    }

    /**
     * The spec's "not all numbers", narrowed to "no numbers at all": a first data row with one typo
     * is then reported instead of being silently dropped as a header.
     */
    private static boolean isHeader(String content) {
        return CsvCell.split(content).stream().noneMatch(CsvCell::looksNumeric) && !CsvLayout.looksLikeData(content);
    }

    private Dataset parse(CsvLines lines) throws DataException, IOException {
        this.lines = lines;
        for (CsvLines.Line line = lines.next(); line != null && !stopped; line = lines.next()) {
            row(line.number(), line.text());
        }
        if (!sawRow) {
            lines.noRows("no samples", headerLine, headerText);
        }
        if (lines.hasProblems()) {
            throw lines.exception(file);
        }
        if (!columns.label()) {
            return Dataset.adopt(inputRows.toArray(new double[0][]), targetRows.toArray(new double[0][]), List.of());
        }
        ClassLabels classes = known != null ? known : learnClasses();
        if (lines.hasProblems()) {
            throw lines.exception(file);
        }
        double[][] targets = new double[inputRows.size()][];
        for (int s = 0; s < targets.length; s++) {
            targets[s] = outputs == 1 ? new double[] {labelIds[s]} : new double[outputs];
            if (outputs > 1) {
                targets[s][labelIds[s]] = 1.0;
            }
        }
        return Dataset.adopt(inputRows.toArray(new double[0][]), targets, classes.names());
    }

    /**
     * The classes of the training labels seen; their rows' numbers become class indices. A wrong
     * count of classes is a problem.
     */
    private ClassLabels learnClasses() {
        int count = outputs == 1 ? 2 : outputs;
        ClassLabels classes = ClassLabels.learn(distinct.keySet(), count);
        int[] classOf = new int[distinct.size()];
        int[] rows = new int[classes.size()];
        int[] firstLine = new int[classes.size()];
        for (Map.Entry<String, Seen> entry : distinct.entrySet()) {
            int k = classes.indexOf(entry.getKey());
            classOf[entry.getValue().id()] = k;
            rows[k] += entry.getValue().count()[0];
            firstLine[k] = firstLine[k] == 0 ? entry.getValue().line() : Math.min(firstLine[k], entry.getValue().line());
        }
        if (classes.size() != count) {
            List<String> described = new ArrayList<>();
            for (int k = 0; k < classes.size(); k++) {
                described.add(classes.names().get(k) + " (" + rows[k] + (rows[k] == 1 ? " row, line " : " rows, first on line ")
                        + firstLine[k] + ")");
            }
            String network = outputs == 1 ? "a network with one output takes 2 (class 0 and class 1)"
                    : "the network has " + outputs + " outputs, one per class";
            lines.problem(new DataProblem(labelPlace.line(), labelPlace.column(), "the label column holds "
                    + classes.size() + (classes.size() == 1 ? " class" : " classes") + " but " + network + ": "
                    + ClassLabels.list(described), DataProblem.Kind.CLASS_COUNT), labelPlace.text());
            return classes;
        }
        for (int s = 0; s < inputRows.size(); s++) {
            labelIds[s] = classOf[labelIds[s]];
        }
        return classes;
    }

    private void row(int line, String content) {
        if (content.isBlank()) {
            return;
        }
        if (headerAllowed) {
            headerAllowed = false;
            if (isHeader(content)) {
                headerLine = line;
                headerText = content;
                header = CsvCell.split(content);
                layout(line, content);
                return;
            }
            layout(line, content);
            if (stopped) {
                return;
            }
        }
        sawRow = true;
        if (plainRow(line, content)) {
            return;
        }
        List<CsvCell> cells = CsvCell.split(content);
        Optional<DataProblem> separators = CsvLayout.problem(line, content, cells);
        if (separators.isPresent()) {
            lines.problem(separators.get(), content);
            return;
        }
        List<DataProblem> problems = new ArrayList<>();
        int expected = layout.width();
        if (cells.size() != expected) {
            int column = cells.size() > expected ? cells.get(expected).column() : content.stripTrailing().length() + 1;
            problems.add(new DataProblem(line, column, "row has " + cells.size() + (cells.size() == 1 ? " column" : " columns") + ", expected " + expected));
        }
        double[] x = new double[inputs];
        double[] t = new double[columns.label() ? 0 : outputs];
        CsvCell labelCell = null;
        for (int c = 0; c < cells.size(); c++) {
            int role = c < expected ? layout.roles()[c] : ColumnRoles.EXTRA;
            if (role == ColumnRoles.IGNORED) {
                continue;
            }
            if (role == ColumnRoles.LABEL) {
                labelCell = cells.get(c);
                continue;
            }
            double value = cells.get(c).parse(line, problems);
            if (!Double.isNaN(value) && role >= 0) {
                place(x, t, role, value);
            }
        }
        int label = -1;
        if (problems.isEmpty() && labelCell != null) {
            label = label(line, content, labelCell, problems);
        }
        if (problems.isEmpty()) {
            add(x, t, label);
        }
        problems.forEach(problem -> lines.problem(problem, content));
    }

    /**
     * Reads {@code content} as the rows of nearly every file are, in one pass and without splitting
     * it: the right number of cells, each number plain ({@link CsvCell#number}) and finite, and no
     * space, tab, ';', '|' or '"' anywhere (so no other dialect, {@link CsvLayout}, and no cell to
     * trim). False, with nothing read, for any other row: {@link #row} then reads it cell by cell and
     * says what is wrong, so both ways give the same samples and the same problems.
     */
    private boolean plainRow(int line, String content) {
        int expected = layout.width();
        int[] roles = layout.roles();
        double[] x = new double[inputs];
        double[] t = new double[columns.label() ? 0 : outputs];
        CsvCell labelCell = null;
        int n = content.length();
        int start = 0;
        for (int c = 0; ; c++) {
            if (c == expected) {
                return false;
            }
            int end = start;
            for (; end < n; end++) {
                char ch = content.charAt(end);
                if (ch == ',') {
                    break;
                }
                if (ch <= ' ' || ch == ';' || ch == '|' || ch == '"' || ch >= 0x80 && Character.isWhitespace(ch)) {
                    return false;
                }
            }
            int role = roles[c];
            if (role == ColumnRoles.LABEL) {
                labelCell = new CsvCell(content.substring(start, end), start + 1);
            } else if (role != ColumnRoles.IGNORED) {
                double value = CsvCell.number(content, start, end);
                if (!Double.isFinite(value)) {
                    return false;
                }
                place(x, t, role, value);
            }
            if (end == n) {
                if (c + 1 != expected) {
                    return false;
                }
                break;
            }
            start = end + 1;
        }
        int label = -1;
        if (labelCell != null) {
            List<DataProblem> problems = new ArrayList<>(0);
            label = label(line, content, labelCell, problems);
            if (!problems.isEmpty()) {
                problems.forEach(problem -> lines.problem(problem, content));
                return true;
            }
        }
        add(x, t, label);
        return true;
    }

    /** Puts the value of the cell in column role {@code role} (an input, then a target) into its sample. */
    private void place(double[] x, double[] t, int role, double value) {
        if (role < inputs) {
            x[role] = value;
        } else {
            t[role - inputs] = value;
        }
    }

    /** Keeps a sample: its inputs, and its targets or its label's class (or distinct label number). */
    private void add(double[] x, double[] t, int label) {
        inputRows.add(x);
        if (columns.label()) {
            if (inputRows.size() > labelIds.length) {
                labelIds = Arrays.copyOf(labelIds, labelIds.length * 2);
            }
            labelIds[inputRows.size() - 1] = label;
        } else {
            targetRows.add(t);
        }
    }

    /** The class (known classes) or distinct label number (learning) of {@code cell}, or -1 after a problem. */
    private int label(int line, String content, CsvCell cell, List<DataProblem> problems) {
        String text = unquote(cell);
        if (text.isEmpty()) {
            problems.add(new DataProblem(line, cell.column(), "empty cell, expected a class label"));
            return -1;
        }
        if (text.indexOf('\uFFFD') >= 0) {
            problems.add(new DataProblem(line, cell.column(), "class label " + MessageText.quoted(text)
                    + " is not UTF-8 text"));
            return -1;
        }
        if (labelPlace == null) {
            labelPlace = headerLine > 0 && layout.labelColumn() < header.size()
                    ? new Place(headerLine, header.get(layout.labelColumn()).column(), headerText)
                    : new Place(line, cell.column(), content);
        }
        if (known != null) {
            int k = known.indexOf(text);
            if (k < 0) {
                problems.add(new DataProblem(line, cell.column(), "class label " + MessageText.quoted(text)
                        + " is not a class of the training data (its classes: " + known.listed() + ")",
                        DataProblem.Kind.UNKNOWN_CLASS));
            }
            return k;
        }
        Seen seen = distinct.computeIfAbsent(text, l -> new Seen(distinct.size(), line, new int[1]));
        seen.count()[0]++;
        return seen.id();
    }

    /** Resolves which column holds what, from the header when columns are named; a problem stops reading. */
    private void layout(int line, String content) {
        Optional<DataProblem> problem = ColumnRoles.problem(columns, inputs, outputs, line, header);
        if (problem.isPresent()) {
            lines.problem(problem.get(), content);
            stopped = true;
            return;
        }
        layout = ColumnRoles.of(columns, inputs, outputs, header);
    }

    /** A cell's text without one pair of surrounding double quotes, as spreadsheets write text. */
    static String unquote(CsvCell cell) {
        String text = cell.text();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).strip() : text;
    }
}

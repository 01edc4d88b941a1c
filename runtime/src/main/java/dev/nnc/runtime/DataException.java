package dev.nnc.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Every problem found in one data file, reported together, with the text of the lines they are on. */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<DataProblem> problems;
    private final transient Map<Integer, String> lines;

    public DataException(Path file, List<DataProblem> problems) {
        this(file, problems, Map.of());
    }

    /** With {@code lines}: the text of lines that have problems, by 1-based line number. */
    public DataException(Path file, List<DataProblem> problems, Map<Integer, String> lines) {
        super(file + ": " + problems.size() + " problem(s), first: " + (problems.isEmpty() ? "" : problems.get(0).message()));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.lines = Map.copyOf(lines);
    }

    /** The file the problems are in. */
    public Path file() {
        return file;
    }

    /** The problems, in file order. */
    public List<DataProblem> problems() {
        return problems;
    }

    /** The text of line {@code line} (1-based) when a problem is on it, else "". */
    public String lineText(int line) {
        return lines.getOrDefault(line, "");
    }
}

package dev.nnc.runtime;

import java.nio.file.Path;
import java.util.List;

/** Every problem found in one data file, reported together. */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<DataProblem> problems;

    public DataException(Path file, List<DataProblem> problems) {
        super(file + ": " + problems.size() + " problem(s), first: " + (problems.isEmpty() ? "" : problems.get(0).message()));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file the problems are in. */
    public Path file() {
        return file;
    }

    /** The problems, in file order. */
    public List<DataProblem> problems() {
        return problems;
    }
}

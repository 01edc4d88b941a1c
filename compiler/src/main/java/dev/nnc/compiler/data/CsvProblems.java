package dev.nnc.compiler.data;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Span;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.DataProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The problems of one CSV file as diagnostics (E032) at their line and column, with repeats folded:
 * of each kind of problem (the same message but for the quoted text and the numbers in it) the
 * first {@value #SHOWN} are reported, the last of them with a note "and 147 more rows with the same
 * problem (lines 5 to 151)". A file with one mistake made on every row gives four lines, not 450.
 */
public final class CsvProblems {
    /** How many problems of one kind are reported in full. */
    public static final int SHOWN = 3;

    private CsvProblems() {
    }

    /**
     * The problems of {@code e}, in file order, as diagnostics in the CSV file shown as
     * {@code displayName}, each with its line as the reader kept it, repeats folded.
     */
    public static List<Diagnostic> diagnostics(DataException e, String displayName) {
        List<DataProblem> problems = e.problems();
        Map<String, List<DataProblem>> byKind = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (DataProblem problem : problems) {
            byKind.computeIfAbsent(kind(problem.message()), k -> new ArrayList<>()).add(problem);
        }
        Map<String, Integer> reported = new HashMap<>();
        for (DataProblem problem : problems) {
            String kind = kind(problem.message());
            List<DataProblem> same = byKind.get(kind);
            int index = reported.merge(kind, 1, Integer::sum) - 1;
            if (index < SHOWN) {
                Span span = new Span(displayName, problem.line(), Math.max(1, problem.column()), 1,
                        e.lineText(problem.line()));
                Diagnostic d = Diagnostic.error(code(problem.kind()).id(), span, problem.message());
                boolean last = index == SHOWN - 1 && same.size() > SHOWN;
                diagnostics.add(last ? d.withNote(more(same)) : d);
            }
        }
        return diagnostics;
    }

    /** The code of a kind of problem: E032 for the file's format, a code of its own for classes and columns. */
    static Code code(DataProblem.Kind kind) {
        return switch (kind) {
            case FORMAT -> Code.DATA_FILE_PROBLEM;
            case UNKNOWN_CLASS -> Code.UNKNOWN_CLASS;
            case CLASS_COUNT -> Code.CLASS_COUNT;
            case COLUMN -> Code.UNKNOWN_COLUMN;
        };
    }

    /** "and 147 more rows with the same problem (lines 5 to 151)" for the problems after the first {@value #SHOWN}. */
    private static String more(List<DataProblem> same) {
        TreeSet<Integer> shownRows = new TreeSet<>();
        same.subList(0, SHOWN).forEach(p -> shownRows.add(p.line()));
        TreeSet<Integer> rows = new TreeSet<>();
        same.subList(SHOWN, same.size()).forEach(p -> rows.add(p.line()));
        rows.removeAll(shownRows);
        if (rows.isEmpty()) {
            int more = same.size() - SHOWN;
            return "and " + more + " more in the same " + (shownRows.size() == 1 ? "row" : "rows");
        }
        String lines = rows.size() == 1 ? "line " + rows.first() : "lines " + rows.first() + " to " + rows.last();
        return "and " + rows.size() + " more " + (rows.size() == 1 ? "row" : "rows") + " with the same problem ("
                + lines + ")";
    }

    /** A problem's message without what differs from row to row: the quoted text and the numbers. */
    private static String kind(String message) {
        return message.replaceAll("'[^']*'", "''").replaceAll("[0-9]+", "0");
    }
}

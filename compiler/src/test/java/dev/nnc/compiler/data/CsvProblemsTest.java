package dev.nnc.compiler.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.DataProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvProblemsTest {
    private static final String CSV = "data/iris.csv";

    /** The problems as the CSV reader reports them for a file whose every row is "5.1;3.5". */
    private static DataException inRows(List<DataProblem> problems) {
        Map<Integer, String> lines = new HashMap<>();
        problems.forEach(p -> lines.put(p.line(), "5.1;3.5"));
        return new DataException(Path.of(CSV), problems, lines);
    }

    @Test
    void oneMistakeOnEveryRowGivesThreeErrorsAndACount() {
        List<DataProblem> problems = new ArrayList<>();
        for (int line = 2; line <= 151; line++) {
            problems.add(new DataProblem(line, 4, "expected numbers separated by ',' but this row separates them with ';'"));
        }
        List<Diagnostic> diagnostics = CsvProblems.diagnostics(inRows(problems), CSV);
        assertEquals(3, diagnostics.size());
        assertEquals(List.of("", "", "and 147 more rows with the same problem (lines 5 to 151)"),
                diagnostics.stream().map(Diagnostic::note).toList());
        assertEquals("data/iris.csv:4:4: error: expected numbers separated by ',' but this row separates them with ';'"
                + " [E032]\n5.1;3.5\n   ^\ndata/iris.csv: note: and 147 more rows with the same problem (lines 5 to 151)\n",
                diagnostics.get(2).render());
    }

    @Test
    void kindsAreCountedApartAndTheQuotedTextAndNumbersDoNotMakeANewKind() {
        List<DataProblem> problems = new ArrayList<>();
        for (int line = 2; line <= 7; line++) {
            problems.add(new DataProblem(line, 1, "expected a number but found 'n/a" + line + "'"));
            if (line % 2 == 0) {
                problems.add(new DataProblem(line, 5, "row has " + line + " columns, expected 2"));
            }
        }
        List<String> shown = CsvProblems.diagnostics(inRows(problems), CSV).stream()
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.message() + " | " + d.note()).toList();
        assertEquals(List.of(
                "2:1 expected a number but found 'n/a2' | ",
                "2:5 row has 2 columns, expected 2 | ",
                "3:1 expected a number but found 'n/a3' | ",
                "4:1 expected a number but found 'n/a4' | and 3 more rows with the same problem (lines 5 to 7)",
                "4:5 row has 4 columns, expected 2 | ",
                "6:5 row has 6 columns, expected 2 | "), shown);
    }

    @Test
    void moreProblemsInTheRowsShownAreCountedAsSuch() {
        List<DataProblem> problems = new ArrayList<>();
        for (int column = 1; column <= 9; column += 2) {
            problems.add(new DataProblem(2, column, "expected a number but found '\"1\"'"));
        }
        List<Diagnostic> diagnostics = CsvProblems.diagnostics(inRows(problems), CSV);
        assertEquals("and 2 more in the same row", diagnostics.get(2).note());
    }
}

package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written number scanner accepts exactly what the grammar in its comment (a regex here) does. */
class CsvCellTest {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final String ALPHABET = "0123456789+-.eE naifINFty,x\u0660";

    @Test
    void scannerAgreesWithTheGrammarOnRandomCells() {
        Random random = new Random(11);
        int decimals = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(8);
            for (int c = 0; c < length; c++) {
                cell.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = cell.toString();
            assertEquals(DECIMAL.matcher(text).matches(), CsvCell.isDecimal(text), text);
            assertEquals(NON_FINITE.matcher(text).matches(), CsvCell.isNonFinite(text), text);
            decimals += CsvCell.isDecimal(text) ? 1 : 0;
        }
        assertTrue(decimals > 10_000, "the random cells include many numbers: " + decimals);
    }

    @Test
    void scannerAgreesOnTheEdges() {
        for (String text : List.of("", "+", "-", ".", "+.", "1.", ".5", "1e", "1e+", "1e5", "1E-05", "-0", "1..2",
                "1e5.0", "١", "infinity", "-Infinity", "+NaN", "nan1", "in", "12345678901234567890", " 1", "1 ")) {
            assertEquals(DECIMAL.matcher(text).matches(), CsvCell.isDecimal(text), text);
            assertEquals(NON_FINITE.matcher(text).matches(), CsvCell.isNonFinite(text), text);
        }
    }

    @Test
    void parseGivesTheValueOrNaNWithAProblem() {
        List<DataProblem> problems = new ArrayList<>();
        assertEquals(-2.5e-3, new CsvCell("-2.5e-3", 4).parse(7, problems));
        assertTrue(problems.isEmpty());
        assertTrue(Double.isNaN(new CsvCell("1e400", 4).parse(7, problems)));
        assertTrue(Double.isNaN(new CsvCell("NaN", 9).parse(8, problems)));
        assertTrue(Double.isNaN(new CsvCell("\"5.1\"", 2).parse(9, problems)));
        assertEquals(List.of("number '1e400' is out of range", "expected a finite number but found 'NaN'",
                "expected a number but found '\"5.1\"'; write numbers without quotes"),
                problems.stream().map(DataProblem::message).toList());
        assertEquals(List.of(7, 8, 9), problems.stream().map(DataProblem::line).toList());
    }
}

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
            assertEquals(DECIMAL.matcher(text).matches() && Double.isFinite(Double.parseDouble(text)),
                    Double.isFinite(CsvCell.number(text, 0, text.length())), text);
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
            assertEquals(DECIMAL.matcher(text).matches() && Double.isFinite(Double.parseDouble(text)),
                    Double.isFinite(CsvCell.number(text, 0, text.length())), text);
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
    @Test
    void numbersAreParseDoublesBitForBit() {
        // the cells data files have (short decimals), and the edges of the fast path: 15 to 20 digits,
        // mantissas about 2^53, exponents about 22, leading and trailing zeros, signed zeros, huge and tiny
        Random random = new Random(12);
        List<String> cells = new ArrayList<>(List.of("0", "-0", "+0", "0.0", "-0.000", ".5", "5.", "-.5e1", "00012.50",
                "9007199254740992", "9007199254740993", "9007199254740991.5", "1e22", "1e23", "123456789012345678e4",
                "1e-22", "1e-23", "4.9e-324", "2.5e-324", "1.7976931348623157e308", "1e309", "0e999999", "-0e-999",
                "0.1", "0.3", "123.456", "1E+5", "7e-0", "12345678901234567890", "0.000000000000000000000001"));
        for (int i = 0; i < 400_000; i++) {
            StringBuilder cell = new StringBuilder();
            if (random.nextInt(4) == 0) {
                cell.append(random.nextBoolean() ? '-' : '+');
            }
            int whole = random.nextInt(12);
            for (int d = 0; d < whole; d++) {
                cell.append((char) ('0' + (d == 0 && random.nextInt(3) > 0 ? random.nextInt(2) : random.nextInt(10))));
            }
            int fraction = whole == 0 ? 1 + random.nextInt(12) : random.nextInt(12);
            if (fraction > 0 || random.nextBoolean()) {
                cell.append('.');
            }
            for (int d = 0; d < fraction; d++) {
                cell.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(3) == 0) {
                cell.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "")
                        .append(random.nextInt(random.nextBoolean() ? 30 : 400));
            }
            cells.add(cell.toString());
        }
        for (String cell : cells) {
            assertTrue(CsvCell.isDecimal(cell), cell);
            long expected = Double.doubleToRawLongBits(Double.parseDouble(cell));
            assertEquals(expected, Double.doubleToRawLongBits(CsvCell.number(cell, 0, cell.length())), cell);
            String row = "1," + cell + ",2";
            assertEquals(expected, Double.doubleToRawLongBits(CsvCell.number(row, 2, 2 + cell.length())), row);
        }
    }
}

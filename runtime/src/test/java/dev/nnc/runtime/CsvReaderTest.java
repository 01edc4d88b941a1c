package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV reading: header detection, one-hot labels, and every problem at its exact place. */
class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("data.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<DataProblem> problems(String text, int inputs, int outputs, boolean label) throws IOException {
        Path file = write(text);
        DataException e = assertThrows(DataException.class, () -> CsvReader.read(file, inputs, outputs, label));
        assertEquals(file, e.file());
        return e.problems();
    }

    @Test
    void readsInputsThenTargets() throws Exception {
        Dataset data = CsvReader.read(write("1,2,3\n4,5,6\n"), 2, 1, false);
        assertEquals(2, data.size());
        assertArrayEquals(new double[] {1, 2}, data.input(0), 0.0);
        assertArrayEquals(new double[] {3}, data.target(0), 0.0);
        assertArrayEquals(new double[] {4, 5}, data.input(1), 0.0);
        assertArrayEquals(new double[] {6}, data.target(1), 0.0);
    }

    @Test
    void skipsAHeaderBlankLinesAndWhitespaceAndAcceptsCrlf() throws Exception {
        String text = "\uFEFFa, b ,target\r\n\r\n 1.5 ,\t-2e1,  .5 \r\n   \r\n+3,4.,1E-2";
        Dataset data = CsvReader.read(write(text), 2, 1, false);
        assertEquals(2, data.size());
        assertArrayEquals(new double[] {1.5, -20}, data.input(0), 0.0);
        assertArrayEquals(new double[] {0.5}, data.target(0), 0.0);
        assertArrayEquals(new double[] {3, 4}, data.input(1), 0.0);
        assertArrayEquals(new double[] {0.01}, data.target(1), 0.0);
    }

    @Test
    void plainRowsAndSpacedRowsGiveTheSameSamplesBitForBit() throws Exception {
        // plain rows are read in one pass, rows with spaces cell by cell: the samples must not differ
        java.util.Random random = new java.util.Random(5);
        StringBuilder plain = new StringBuilder("a,b,kind\n");
        StringBuilder spaced = new StringBuilder("a,b,kind\n");
        String[] cells = {"0", "-0", "5.1", "-3.25e-2", "1e22", "1e-23", "0.1", "9007199254740993", "+.5", "7."};
        String[] labels = {"setosa", "versicolor", "virginica"};
        for (int row = 0; row < 300; row++) {
            String a = cells[random.nextInt(cells.length)];
            String b = random.nextInt(4) == 0 ? Double.toString(random.nextGaussian()) : cells[random.nextInt(cells.length)];
            String kind = labels[random.nextInt(labels.length)];
            plain.append(a).append(',').append(b).append(',').append(kind).append('\n');
            spaced.append(' ').append(a).append(" ,").append(b).append(",\t").append(kind).append('\n');
        }
        Dataset fast = CsvReader.read(write(plain.toString()), 2, 3, true);
        Dataset general = CsvReader.read(write(spaced.toString()), 2, 3, true);
        assertEquals(300, fast.size());
        assertEquals(general.classNames(), fast.classNames());
        for (int i = 0; i < fast.size(); i++) {
            assertArrayEquals(general.input(i), fast.input(i), 0.0);
            assertEquals(Double.doubleToRawLongBits(general.input(i)[0]), Double.doubleToRawLongBits(fast.input(i)[0]));
            assertArrayEquals(general.target(i), fast.target(i), 0.0);
        }
    }

    @Test
    void aPlainRowWithAnUnknownClassIsReportedAtItsLabel() throws Exception {
        Path file = write("x,y,kind\n1,2,b\n3,4,c\n");
        DataException e = assertThrows(DataException.class,
                () -> CsvReader.read(file, 2, 2, CsvColumns.of(true), List.of("a", "b")));
        assertEquals(List.of(new DataProblem(3, 5, "class label 'c' is not a class of the training data (its classes: "
                + "a, b)", DataProblem.Kind.UNKNOWN_CLASS)), e.problems());
    }

    @Test
    void aNumericFirstRowIsData() throws Exception {
        assertEquals(2, CsvReader.read(write("1,2\n3,4\n"), 1, 1, false).size());
    }

    @Test
    void oneHotEncodesLabels() throws Exception {
        Dataset data = CsvReader.read(write("x,y,class\n0.1,0.2,2\n0.3,0.4,0\n0.5,0.6,1.0\n"), 2, 3, true);
        assertEquals(3, data.size());
        assertArrayEquals(new double[] {0, 0, 1}, data.target(0), 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, data.target(1), 0.0);
        assertArrayEquals(new double[] {0, 1, 0}, data.target(2), 0.0);
        assertArrayEquals(new double[] {0.5, 0.6}, data.input(2), 0.0);
    }

    @Test
    void reportsABadCellWhereItsTextStarts() throws Exception {
        assertEquals(List.of(new DataProblem(2, 7, "expected a number but found 'abc'")),
                problems("1,2,3\n4,5,  abc\n", 2, 1, false));
    }

    @Test
    void onlyTheFirstRowMayBeAHeader() throws Exception {
        assertEquals(List.of(new DataProblem(2, 1, "expected a number but found 'c'"),
                        new DataProblem(2, 3, "expected a number but found 'd'")),
                problems("a,b\nc,d\n1,2\n", 1, 1, false));
    }

    @Test
    void reportsTooManyCellsAtTheFirstExtraOne() throws Exception {
        assertEquals(List.of(new DataProblem(1, 9, "row has 5 columns, expected 4")),
                problems("1,2,3,4,5\n", 3, 1, false));
    }

    @Test
    void reportsTooFewCellsJustAfterTheRow() throws Exception {
        assertEquals(List.of(new DataProblem(2, 4, "row has 2 columns, expected 3")),
                problems("h1,h2,h3\n1,2  \r\n", 2, 1, false));
        assertEquals(List.of(new DataProblem(1, 2, "row has 1 column, expected 2")),
                problems("7\n", 1, 1, false));
    }

    @Test
    void reportsEmptyAndNonFiniteCells() throws Exception {
        assertEquals(List.of(new DataProblem(1, 3, "empty cell, expected a number"),
                        new DataProblem(1, 4, "expected a finite number but found 'NaN'"),
                        new DataProblem(1, 8, "number '1e999' is out of range"),
                        new DataProblem(2, 1, "expected a finite number but found '-Infinity'"),
                        new DataProblem(2, 11, "expected a number but found '0x1p3'")),
                problems("1,,NaN,1e999\n-Infinity,0x1p3,2,3\n", 3, 1, false));
    }

    @Test
    void trainingLabelsThatAreMoreClassesThanOutputsAreOneProblemListingThem() throws Exception {
        assertEquals(List.of(new DataProblem(1, 5, "the label column holds 5 classes but the network has 3 outputs,"
                        + " one per class: -1 (1 row, line 3), 1.5 (1 row, line 2), 2 (1 row, line 5), 3 (1 row, line 1),"
                        + " setosa (1 row, line 4)", DataProblem.Kind.CLASS_COUNT)),
                problems("1,2,3\n1,2,1.5\n1,2,-1\n1,2,setosa\n1,2,2\n", 2, 3, true));
    }

    @Test
    void collectsEveryProblemInFileOrder() throws Exception {
        String text = "f1,f2,t\n1,2,3\nx,2,3\n\n1,2\n1,2,3,4\n1,y,z\n";
        assertEquals(List.of(new DataProblem(3, 1, "expected a number but found 'x'"),
                        new DataProblem(5, 4, "row has 2 columns, expected 3"),
                        new DataProblem(6, 7, "row has 4 columns, expected 3"),
                        new DataProblem(7, 3, "expected a number but found 'y'"),
                        new DataProblem(7, 5, "expected a number but found 'z'")),
                problems(text, 2, 1, false));
    }

    @Test
    void raggedRowsStillReportTheirBadCells() throws Exception {
        assertEquals(List.of(new DataProblem(2, 1, "expected a number but found 'q'"),
                        new DataProblem(2, 5, "row has 3 columns, expected 2")),
                problems("0,1\nq,1,2\n", 1, 1, false));
    }

    @Test
    void aFirstRowWithSomeNumbersIsDataNotAHeader() throws Exception {
        assertEquals(List.of(new DataProblem(1, 5, "expected a number but found 'x'")),
                problems("5.1,x,0.2\n1,2,3\n", 2, 1, false));
    }

    @Test
    void reportsAFileWithoutSamples() throws Exception {
        assertEquals(List.of(new DataProblem(1, 1, "no samples")), problems("", 1, 1, false));
        assertEquals(List.of(new DataProblem(1, 1, "no samples: the only row was read as a header, as none of its "
                + "cells is a number")), problems("a,b\n\n  \n", 1, 1, false));
    }

    @Test
    void rowsWithAnotherSeparatorSayWhichOneOncePerRow() throws Exception {
        String problem = "expected numbers separated by ',' but this row separates them with ';'; nnc reads "
                + "comma-separated values";
        // the first row is not taken for a header
        assertEquals(List.of(new DataProblem(1, 4, problem), new DataProblem(2, 4, problem)),
                problems("5.1;3.5;0\n4.9;3.0;1\n", 2, 1, false));
        assertEquals(List.of(new DataProblem(2, 4, "expected numbers separated by ',' but this row separates them "
                + "with ';' and writes decimal commas; nnc reads comma-separated values with decimal points (5.1,3.5)")),
                problems("a;b;c\n5,1;3,5;0\n", 2, 1, false));
        assertEquals(List.of(new DataProblem(1, 4, "expected numbers separated by ',' but this row separates them "
                + "with tabs; nnc reads comma-separated values")), problems("5.1\t3.5\t0\n", 2, 1, false));
        assertEquals(List.of(new DataProblem(1, 4, "expected numbers separated by ',' but this row separates them "
                + "with spaces; nnc reads comma-separated values")), problems("5.1 3.5  0\n", 2, 1, false));
    }

    @Test
    void quotedNumbersAreDataWithAHint() throws Exception {
        assertEquals(List.of(new DataProblem(1, 1, "expected a number but found '\"5.1\"'; write numbers without quotes"),
                new DataProblem(1, 7, "expected a number but found '\"0\"'; write numbers without quotes")),
                problems("\"5.1\",\"0\"\n", 1, 1, false));
    }

    @Test
    void aLongCellIsQuotedByItsStart() throws Exception {
        String cell = "x".repeat(100_000);
        assertEquals(List.of(new DataProblem(1, 3, "expected a number but found '" + "x".repeat(37) + "...'")),
                problems("1," + cell + "\n", 1, 1, false));
    }

    @Test
    void anUnreadableFileIsAnIoException() {
        assertThrows(IOException.class, () -> CsvReader.read(dir.resolve("missing.csv"), 1, 1, false));
    }

    @Test
    void lineNumbersCountEveryKindOfLineEnd() throws Exception {
        assertEquals(List.of(new DataProblem(4, 3, "expected a number but found 'x'")),
                problems("1,2\r\n3,4\r5,6\n7,x\n", 1, 1, false));
    }

    @Test
    void aHugeLineIsReportedWithoutBeingHeldWhole() throws Exception {
        Path file = dir.resolve("one-line.csv");
        try (java.io.Writer out = Files.newBufferedWriter(file)) {
            out.write("x,y\n1,2\n");
            char[] chunk = "1,".repeat(4096).toCharArray();
            for (int i = 0; i < 25 * 1024 * 1024 / chunk.length; i++) { // 25 MB on one line
                out.write(chunk);
            }
            out.write("\n3,4\n");
        }
        DataException e = assertThrows(DataException.class, () -> CsvReader.read(file, 1, 1, false));
        int limit = 1 << 20;
        assertEquals(List.of(new DataProblem(3, limit + 1, "line longer than " + limit
                + " characters; a row is numbers separated by commas, one row per line")), e.problems());
        assertEquals(limit, e.lineText(3).length(), "only the first 1M characters are kept, for the report");
        assertEquals("", e.lineText(2));
    }

    @Test
    void readingStopsAfterTenThousandProblemsAndKeepsTheirLines() throws Exception {
        DataException e = assertThrows(DataException.class,
                () -> CsvReader.read(write("x,y\n" + "a,b\n".repeat(20_000)), 1, 1, false));
        assertEquals(10_001, e.problems().size());
        assertEquals(new DataProblem(5001, 1, "stopped reading after 10000 problems"), e.problems().get(10_000));
        assertEquals("a,b", e.lineText(5001));
        assertEquals("", e.lineText(5002));
    }
}

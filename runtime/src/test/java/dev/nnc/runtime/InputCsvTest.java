package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of inputs for predictions: the data-file rules, without targets. */
class InputCsvTest {
    private static final Path FILE = Path.of("in.csv");

    @Test
    void readsRowsAfterAnOptionalHeader() throws Exception {
        double[][] rows = InputCsv.parse(FILE, "\uFEFFa, b\r\n1, 2\n\n 3 ,4e1\r", 2);
        assertArrayEquals(new double[][] {{1, 2}, {3, 40}}, rows);
        assertArrayEquals(new double[][] {{5}}, InputCsv.parse(FILE, "5", 1));
    }

    @Test
    void readsAStreamAsItComesAndNamesItInProblems() throws Exception {
        byte[] text = "a,b\r\n1,2\n3,4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}},
                InputCsv.read(new java.io.ByteArrayInputStream(text), Path.of("-"), 2));
        DataException e = assertThrows(DataException.class, () -> InputCsv.read(
                new java.io.ByteArrayInputStream("1,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Path.of("<stdin>"), 2));
        assertEquals(List.of(new DataProblem(1, 3, "expected a number but found 'x'")), e.problems());
        assertEquals(Path.of("<stdin>"), e.file());
        Dataset labelled = CsvReader.read(new java.io.ByteArrayInputStream(
                "1,2,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), Path.of("-"), 2, 3, true);
        assertArrayEquals(new double[] {0, 1, 0}, labelled.target(0));
    }

    @Test
    void reportsEveryProblemAtItsLineAndColumn() {
        DataException e = assertThrows(DataException.class,
                () -> InputCsv.parse(FILE, "x1,x2\n1,2,3\n1,two\n4\nnan,1\n", 2));
        assertEquals(List.of(
                new DataProblem(2, 5, "row has 3 columns, expected 2 (the inputs only)"),
                new DataProblem(3, 3, "expected a number but found 'two'"),
                new DataProblem(4, 2, "row has 1 column, expected 2 (the inputs only)"),
                new DataProblem(5, 1, "expected a finite number but found 'nan'")), e.problems());
    }

    @Test
    void aFileWithoutRowsIsAnError() {
        DataException e = assertThrows(DataException.class, () -> InputCsv.parse(FILE, "a,b\n\n", 2));
        assertEquals(List.of(new DataProblem(1, 1, "no rows of inputs: the only row was read as a header, as none "
                + "of its cells is a number")), e.problems());
    }

    @Test
    void aOneRowFileWithSemicolonsIsAPositionedErrorNotAnEmptyFile() {
        DataException e = assertThrows(DataException.class, () -> InputCsv.parse(FILE, "5.1;3.5\n", 2));
        assertEquals(List.of(new DataProblem(1, 4, "expected numbers separated by ',' but this row separates them "
                + "with ';'; nnc reads comma-separated values")), e.problems());
    }

    @Test
    void dropsTheColumnsTheHeaderNamesAsIgnored() throws Exception {
        assertArrayEquals(new double[][] {{1, 3}, {4, 6}},
                InputCsv.parse(FILE, "a,id,b\n1,x7,3\n4,x8,6\n", 2, java.util.List.of("id", "row")));
        // a file without the ignored column is read as it is
        assertArrayEquals(new double[][] {{1, 3}}, InputCsv.parse(FILE, "a,b\n1,3\n", 2, java.util.List.of("id")));
        DataException e = assertThrows(DataException.class,
                () -> InputCsv.parse(FILE, "7,1,3\n", 2, java.util.List.of("id")));
        assertEquals("row has 3 columns, expected 2 (the inputs only; without a header row the ignored columns id"
                + " cannot be found)", e.problems().get(0).message());
    }
}

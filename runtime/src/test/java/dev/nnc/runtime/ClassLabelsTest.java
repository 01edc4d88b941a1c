package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Class labels as text: which classes training data has, in which order, and labels that are none of them. */
class ClassLabelsTest {
    private static final Path FILE = Path.of("flowers.csv");

    private static Dataset read(String text, int outputs, CsvColumns columns, List<String> classes) throws DataException {
        return CsvReader.parse(FILE, text, 2, outputs, columns, classes);
    }

    private static List<DataProblem> problems(String text, int outputs, CsvColumns columns, List<String> classes) {
        return assertThrows(DataException.class, () -> read(text, outputs, columns, classes)).problems();
    }

    @Test
    void textLabelsAreSortedByCodePointAndOneHotEncoded() throws Exception {
        Dataset data = read("a,b,species\n1,2,virginica\n3,4,setosa\n5,6,\"versicolor\"\n7,8,setosa\n", 3,
                CsvColumns.LABEL, List.of());
        assertEquals(List.of("setosa", "versicolor", "virginica"), data.classNames());
        assertArrayEquals(new double[] {0, 0, 1}, data.target(0), 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, data.target(1), 0.0);
        assertArrayEquals(new double[] {0, 1, 0}, data.target(2), 0.0);
        assertArrayEquals(new double[] {3, 4}, data.input(1), 0.0);
    }

    @Test
    void codePointOrderPutsUpperCaseFirstAndSupplementaryCharactersLast() {
        assertEquals(List.of("B", "a", "\uFB01", "\uD83D\uDE00"),
                ClassLabels.learn(List.of("\uD83D\uDE00", "a", "\uFB01", "B"), 4).names());
    }

    @Test
    void wholeNumbersAreComparedAsNumbers() {
        assertEquals(List.of("-5", "2", "10"), ClassLabels.learn(List.of("10", "2", "-5", "10.0"), 3).names());
        // not every label a whole number: all are text
        assertEquals(List.of("10", "2", "2.5"), ClassLabels.learn(List.of("2", "10", "2.5"), 3).names());
    }

    @Test
    void numericLabelsZeroToNMinusOneKeepMeaningTheirIndexEvenWithAClassMissing() throws Exception {
        Dataset data = read("1,2,2\n3,4,0\n5,6,2.0\n", 3, CsvColumns.LABEL, List.of());
        assertEquals(List.of("0", "1", "2"), data.classNames());
        assertArrayEquals(new double[] {0, 0, 1}, data.target(0), 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, data.target(1), 0.0);
        assertArrayEquals(new double[] {0, 0, 1}, data.target(2), 0.0);
    }

    @Test
    void numericLabelsFromOneAreSortedIntoIndices() throws Exception {
        Dataset data = read("1,2,3\n3,4,1\n5,6,2\n", 3, CsvColumns.LABEL, List.of());
        assertEquals(List.of("1", "2", "3"), data.classNames());
        assertArrayEquals(new double[] {0, 0, 1}, data.target(0), 0.0);
        assertArrayEquals(new double[] {1, 0, 0}, data.target(1), 0.0);
    }

    @Test
    void oneOutputTakesTwoClassesAsATargetOfZeroOrOne() throws Exception {
        Dataset data = read("1,2,yes\n3,4,no\n5,6,yes\n", 1, CsvColumns.LABEL, List.of());
        assertEquals(List.of("no", "yes"), data.classNames());
        assertArrayEquals(new double[] {1}, data.target(0), 0.0);
        assertArrayEquals(new double[] {0}, data.target(1), 0.0);
        assertEquals(List.of(new DataProblem(1, 5, "the label column holds 3 classes but a network with one output"
                        + " takes 2 (class 0 and class 1): maybe (1 row, line 3), no (1 row, line 2), yes (1 row, line 1)",
                        DataProblem.Kind.CLASS_COUNT)),
                problems("1,2,yes\n3,4,no\n5,6,maybe\n", 1, CsvColumns.LABEL, List.of()));
    }

    @Test
    void fewerClassesThanOutputsIsAProblemAtTheLabelsHeader() {
        assertEquals(List.of(new DataProblem(1, 5, "the label column holds 2 classes but the network has 3 outputs,"
                        + " one per class: a (2 rows, first on line 2), b (1 row, line 3)", DataProblem.Kind.CLASS_COUNT)),
                problems("x,y,kind\n1,2,a\n1,2,b\n1,2,a\n", 3, CsvColumns.LABEL, List.of()));
    }

    @Test
    void testLabelsThatAreNotTrainingClassesAreReportedAtTheirCells() {
        List<String> classes = List.of("setosa", "versicolor", "virginica");
        assertEquals(List.of(new DataProblem(2, 9, "class label 'Setosa' is not a class of the training data (its"
                                + " classes: setosa, versicolor, virginica)", DataProblem.Kind.UNKNOWN_CLASS),
                        new DataProblem(4, 5, "class label 'virgnica' is not a class of the training data (its"
                                + " classes: setosa, versicolor, virginica)", DataProblem.Kind.UNKNOWN_CLASS)),
                problems("1,2,setosa\n1, 2,   Setosa\n1,2,virginica\n1,2,virgnica\n", 3, CsvColumns.LABEL, classes));
    }

    @Test
    void testDataTakesTheTrainingClassesEvenWhenItHasFewer() throws Exception {
        Dataset data = read("1,2,virginica\n", 3, CsvColumns.LABEL, List.of("setosa", "versicolor", "virginica"));
        assertEquals(List.of("setosa", "versicolor", "virginica"), data.classNames());
        assertArrayEquals(new double[] {0, 0, 1}, data.target(0), 0.0);
    }

    @Test
    void numericTestLabelsAreComparedAsNumbers() throws Exception {
        Dataset data = read("1,2,2.0\n", 3, CsvColumns.LABEL, ClassLabels.indices(3).names());
        assertArrayEquals(new double[] {0, 0, 1}, data.target(0), 0.0);
        assertEquals(DataProblem.Kind.UNKNOWN_CLASS,
                problems("1,2,3\n", 3, CsvColumns.LABEL, ClassLabels.indices(3).names()).get(0).kind());
    }

    @Test
    void emptyLabelsAreProblems() {
        assertEquals(List.of(new DataProblem(1, 5, "empty cell, expected a class label")),
                problems("1,2,\n1,2,a\n1,2,b\n", 2, CsvColumns.LABEL, List.of()));
    }

    @Test
    void theLabelColumnAndIgnoredColumnsAreChosenByName() throws Exception {
        CsvColumns columns = new CsvColumns(true, Optional.of("species"), List.of("id"));
        Dataset data = read("id,species,a,b\n17,b,1,2\n18,a,3,4\n", 2, columns, List.of());
        assertEquals(List.of("a", "b"), data.classNames());
        assertArrayEquals(new double[] {1, 2}, data.input(0), 0.0);
        assertArrayEquals(new double[] {0, 1}, data.target(0), 0.0);
        assertArrayEquals(new double[] {3, 4}, data.input(1), 0.0);
    }

    @Test
    void ignoredColumnsMayHoldText() throws Exception {
        CsvColumns columns = new CsvColumns(false, Optional.empty(), List.of("name", "date"));
        Dataset data = CsvReader.parse(FILE, "name,x,date,y\nann,1,2026-12-02,0.5\n", 1, 1, columns, List.of());
        assertArrayEquals(new double[] {1}, data.input(0), 0.0);
        assertArrayEquals(new double[] {0.5}, data.target(0), 0.0);
        assertEquals(List.of(), data.classNames());
    }

    @Test
    void aNamedColumnTheHeaderDoesNotHaveIsAProblemWithASuggestion() {
        CsvColumns columns = new CsvColumns(true, Optional.of("specis"), List.of());
        assertEquals(List.of(new DataProblem(1, 1, "the header row has no column 'specis' (did you mean 'species'?);"
                        + " its columns: a, b, species", DataProblem.Kind.COLUMN)),
                problems("a,b,species\n1,2,x\n", 2, columns, List.of()));
    }

    @Test
    void namingColumnsNeedsAHeaderRow() {
        CsvColumns columns = new CsvColumns(true, Optional.empty(), List.of("id"));
        assertEquals(List.of(new DataProblem(1, 1, "ignore = \"id\" names columns by the header row, but the first"
                        + " row of this file is data; add a first row naming the columns", DataProblem.Kind.COLUMN)),
                problems("7,1,2,x\n", 2, columns, List.of()));
    }

    @Test
    void aHeaderOfAnotherWidthIsAProblem() {
        CsvColumns columns = new CsvColumns(true, Optional.of("kind"), List.of());
        assertEquals(List.of(new DataProblem(1, 1, "the header row has 4 columns, expected 3: 2 inputs, the label"
                        + " and 0 ignored", DataProblem.Kind.COLUMN)),
                problems("a,b,c,kind\n1,2,3,x\n", 2, columns, List.of()));
    }

    @Test
    void aColumnIgnoredTwiceOrAlsoTheLabelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvColumns(false, Optional.empty(), List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> new CsvColumns(true, Optional.of("a"), List.of("a")));
    }

    @Test
    void theHeaderIsReadAlone() throws Exception {
        Path file = java.nio.file.Files.createTempFile("header", ".csv");
        try {
            java.nio.file.Files.writeString(file, "\n\"id\", x ,y\n1,2,3\n");
            assertEquals(Optional.of(List.of("id", "x", "y")), CsvReader.header(file));
            java.nio.file.Files.writeString(file, "1,2,3\n");
            assertEquals(Optional.empty(), CsvReader.header(file));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}

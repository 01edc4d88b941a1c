package dev.nnc.compiler.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.InlineData;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {
    @TempDir
    Path dir;

    /** Writes {@code model.nn} with {@code data} as its data statement and checks it. */
    private SourceFile model(String data) throws IOException {
        Path file = dir.resolve("model.nn");
        Files.writeString(file, "network N {\n    input x[2]\n    layer y[3] softmax\n    loss cross_entropy\n    "
                + data + "\n}\n");
        return new SourceFile("models/model.nn", file, Files.readString(file));
    }

    private static Network network(SourceFile source) {
        Result<Network> result = Frontend.analyze(source);
        assertEquals(List.of(), result.diagnostics());
        return result.value().orElseThrow();
    }

    private static Result<Dataset> load(SourceFile source) {
        Network network = network(source);
        return DataLoader.load(network, network.data().orElseThrow(), source);
    }

    @Test
    void inlineSamplesAreTheirDataset() throws IOException {
        Result<Dataset> result = load(model("data { [1, 2] -> [0, 0, 1] }"));
        assertEquals(1, result.value().orElseThrow().size());
        assertArrayEquals(new double[] {0, 0, 1}, result.value().orElseThrow().target(0));
    }

    @Test
    void csvWithLabelsIsReadNextToTheModel() throws IOException {
        Files.writeString(dir.resolve("train.csv"), "a,b,class\n1,2,0\n3,4,2\n");
        Dataset data = load(model("data \"train.csv\" label")).value().orElseThrow();
        assertEquals(2, data.size());
        assertArrayEquals(new double[] {3, 4}, data.input(1));
        assertArrayEquals(new double[] {0, 0, 1}, data.target(1));
    }

    /** What compiling {@code source} reports: CSV files are read before anything is written. */
    private static List<Diagnostic> problems(SourceFile source) {
        Result<Network> result = Frontend.analyze(source);
        assertEquals(result.diagnostics().stream().anyMatch(Diagnostic::isError), result.value().isEmpty());
        return result.diagnostics();
    }

    @Test
    void problemsAreReportedInTheCsvFileWithItsLine() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "1,2,0\n1,x,1\n1,2,1,5\n");
        List<Diagnostic> errors = problems(model("data \"bad.csv\" label"));
        assertEquals(2, errors.size(), errors::toString);
        Diagnostic first = errors.get(0);
        assertEquals("E032", first.code());
        assertEquals("models/bad.csv", first.span().file());
        assertEquals(2, first.span().line());
        assertEquals(3, first.span().column());
        assertEquals("1,x,1", first.span().lineText());
        assertTrue(first.render().startsWith("models/bad.csv:2:3: error: "), first.render());
        assertEquals(3, errors.get(1).span().line());
    }

    @Test
    void raggedRowsAreReportedWhereTheyGoWrong() throws IOException {
        Files.writeString(dir.resolve("ragged.csv"), "x1,x2,t1,t2,t3\n1,2,0,0,1\n1,2,0,1\n1,2,1,0,0,0\n");
        List<Diagnostic> errors = problems(model("data \"ragged.csv\""));
        assertEquals(List.of("models/ragged.csv:3:8", "models/ragged.csv:4:11"),
                errors.stream().map(d -> d.span().toString()).collect(Collectors.toList()));
        assertTrue(errors.get(0).message().contains("row has 4 columns, expected 5"), errors.get(0).message());
    }

    @Test
    void aMissingFileIsReportedWhereTheModelNamesIt() throws IOException {
        Diagnostic error = problems(model("data \"nowhere.csv\"")).get(0);
        assertEquals("E031", error.code());
        assertEquals("models/model.nn", error.span().file());
        assertEquals(5, error.span().line());
        assertEquals(10, error.span().column());
        assertTrue(error.message().startsWith("data file 'nowhere.csv' does not exist"), error.message());
    }

    @Test
    void aFileThatGoesAwayAfterCompilingIsReportedWhenLoaded() throws IOException {
        Files.writeString(dir.resolve("train.csv"), "1,2,0\n");
        SourceFile source = model("data \"train.csv\" label");
        Network network = network(source);
        Files.delete(dir.resolve("train.csv"));
        Result<Dataset> result = DataLoader.load(network, network.data().orElseThrow(), source);
        assertTrue(result.value().isEmpty());
        assertEquals("E031", result.diagnostics().get(0).code());
    }

    @Test
    void aFolderIsNotADataFile() throws IOException {
        Files.createDirectory(dir.resolve("folder.csv"));
        Diagnostic error = problems(model("data \"folder.csv\"")).get(0);
        assertEquals("E031", error.code());
        assertTrue(error.message().contains("is a folder"), error.message());
    }

    @Test
    void anEmptyFileHasNoSamples() throws IOException {
        Files.writeString(dir.resolve("empty.csv"), "x1,x2,t1,t2,t3\n");
        List<Diagnostic> errors = problems(model("data \"empty.csv\""));
        assertEquals("models/empty.csv:1:1", errors.get(0).span().toString());
        assertEquals("E032", errors.get(0).code());
    }

    @Test
    void testDataIsReadToo() throws IOException {
        Files.writeString(dir.resolve("train.csv"), "1,2,0\n");
        Files.writeString(dir.resolve("test.csv"), "1,2,3\n");
        List<Diagnostic> errors = problems(model("data \"train.csv\" label\n    test \"test.csv\" label"));
        assertEquals(List.of("models/test.csv:1:5"), errors.stream().map(d -> d.span().toString())
                .collect(Collectors.toList()));
        assertEquals("class label '3' is not a class of the training data (its classes: 0, 1, 2)",
                errors.get(0).message());
        assertEquals("E060", errors.get(0).code());
    }

    @Test
    void crossEntropyTargetsThatAreNoDistributionAreWarnedAboutOnce() throws IOException {
        Files.writeString(dir.resolve("multi.csv"), "1,2,0,1,0\n1,2,1,1,0\n3,4,0,0,1\n5,6,1,0,1\n");
        SourceFile source = model("data \"multi.csv\"");
        List<Diagnostic> warnings = problems(source);
        assertEquals(1, warnings.size(), warnings::toString);
        Diagnostic warning = warnings.get(0);
        assertEquals("W008", warning.code());
        assertEquals("models/model.nn:5:10", warning.span().toString());
        assertTrue(warning.message().endsWith("but 2 of the 4 samples in 'multi.csv' are not; the first is sample 2,"
                + " whose target sums to 2"), warning.message());
        assertTrue(Frontend.analyze(source).value().isPresent(), "a warning does not stop the compiler");
    }

    @Test
    void bceTargetsOutsideZeroToOneAreWarnedAbout() throws IOException {
        Path file = dir.resolve("bce.nn");
        Files.writeString(dir.resolve("bce.csv"), "0.5,1\n0.25,2\n");
        Files.writeString(file, "network N { input x[1] layer y[1] sigmoid loss bce data \"bce.csv\" }");
        List<Diagnostic> warnings = problems(new SourceFile("bce.nn", file, Files.readString(file)));
        assertEquals(List.of("W009"), warnings.stream().map(Diagnostic::code).collect(Collectors.toList()));
        assertTrue(warnings.get(0).message().contains("the first is sample 2, whose target has 2"),
                warnings.get(0).message());
    }

    @Test
    void anEmptyDatasetIsAnError() throws IOException {
        SourceFile source = model("data { [1, 2] -> [0, 0, 1] }");
        Network network = network(source);
        Result<Dataset> result = DataLoader.load(network, new InlineData(new Dataset(new double[0][], new double[0][])),
                source);
        assertEquals("E033", result.diagnostics().get(0).code());
    }
}

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

    @Test
    void problemsAreReportedInTheCsvFileWithItsLine() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "1,2,0\n1,x,1\n1,2,7\n");
        Result<Dataset> result = load(model("data \"bad.csv\" label"));
        assertTrue(result.value().isEmpty());
        List<Diagnostic> errors = result.diagnostics();
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
    void aMissingFileIsReportedWhereTheModelNamesIt() throws IOException {
        Result<Dataset> result = load(model("data \"nowhere.csv\""));
        Diagnostic error = result.diagnostics().get(0);
        assertEquals("E031", error.code());
        assertEquals("models/model.nn", error.span().file());
        assertEquals(5, error.span().line());
        assertEquals(10, error.span().column());
        assertTrue(error.message().startsWith("data file 'nowhere.csv' does not exist"), error.message());
    }

    @Test
    void aFolderIsNotADataFile() throws IOException {
        Files.createDirectory(dir.resolve("folder.csv"));
        Diagnostic error = load(model("data \"folder.csv\"")).diagnostics().get(0);
        assertEquals("E031", error.code());
        assertTrue(error.message().contains("is a folder"), error.message());
    }

    @Test
    void anEmptyFileHasNoSamples() throws IOException {
        Files.writeString(dir.resolve("empty.csv"), "x1,x2,t1,t2,t3\n");
        Result<Dataset> result = load(model("data \"empty.csv\""));
        assertTrue(result.hasErrors());
        assertEquals("models/empty.csv", result.diagnostics().get(0).span().file());
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

package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.Weights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --save}, loading the weights into the generated class, and {@code nnc predict}. */
class WeightsAndPredictTest {
    private static final Path IRIS = Path.of("../samples/iris.nn");

    @TempDir
    Path dir;

    @Test
    void savedWeightsReloadIntoTheGeneratedClassAndPredictTheSameToTheLastDigit() throws Exception {
        Path weights = dir.resolve("iris.json");
        Path png = dir.resolve("iris.png");
        Cli train = Cli.run("train", "--json", IRIS.toString(), "--save", weights.toString(), "--plot", png.toString());
        assertEquals(0, train.exit(), train.err());
        JsonNode trained = new ObjectMapper().readTree(train.out());
        assertTrue(trained.get("test_accuracy").asDouble() >= 0.93, trained.toString());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 0, "a readable PNG");

        // a fresh instance of the generated class, as a program embedding it would have
        String text = Files.readString(IRIS);
        Network net = InMemoryCompiler.instantiate(NncCompiler.compile(new SourceFile("iris.nn", IRIS, text), "")
                .value().orElseThrow().javaFile());
        Provenance provenance = Weights.load(net, weights);
        assertEquals("Iris", provenance.network());
        assertEquals(200, provenance.epochs().orElseThrow());
        assertEquals(trained.get("final_loss").asDouble(), provenance.finalLoss().orElseThrow(), 0.0);
        assertEquals(3L, provenance.shuffleSeed().orElseThrow());
        assertEquals(64, provenance.sourceSha256().orElseThrow().length());

        Dataset data = CsvReader.read(Path.of("../samples/data/iris-train.csv"), 4, 3, true);
        double[] y = new double[3];
        StringBuilder csv = new StringBuilder("sepal_length,sepal_width,petal_length,petal_width\n");
        for (int s = 0; s < data.size(); s++) {
            net.predict(data.input(s), y);
            for (int k = 0; k < 3; k++) {
                double expected = trained.get("outputs").get(s).get(k).asDouble();
                assertTrue(y[k] == expected, "sample " + s + " output " + k + ": " + y[k] + " vs " + expected);
            }
            double[] x = data.input(s);
            csv.append(x[0]).append(',').append(x[1]).append(',').append(x[2]).append(',').append(x[3]).append('\n');
        }

        Path inputs = dir.resolve("inputs.csv");
        Files.writeString(inputs, csv);
        Cli predict = Cli.run("predict", IRIS.toString(), "--weights", weights.toString(), inputs.toString(), "--header");
        assertEquals(0, predict.exit(), predict.err());
        List<String> lines = predict.out().lines().toList();
        assertEquals("p1,p2,p3,class", lines.get(0));
        assertEquals(data.size() + 1, lines.size());
        for (int s = 0; s < data.size(); s++) {
            String[] cells = lines.get(s + 1).split(",");
            double[] outputs = new double[3];
            for (int k = 0; k < 3; k++) {
                outputs[k] = Double.parseDouble(cells[k]);
                assertTrue(outputs[k] == trained.get("outputs").get(s).get(k).asDouble(), lines.get(s + 1));
            }
            assertEquals(Metrics.predictedClass(outputs), Integer.parseInt(cells[3]));
        }
    }

    private Path mazurWeights() {
        Path weights = dir.resolve("mazur.json");
        Cli run = Cli.run("train", "../samples/mazur.nn", "--epochs", "10", "--save", weights.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  weights   " + weights), run.out());
        return weights;
    }

    @Test
    void predictReportsCsvProblemsAtTheirLineAndColumnAndChecksTheWeights() throws Exception {
        Path weights = mazurWeights();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "i1,i2\n0.05,0.1\n0.3,x\n1,2,3\n");
        Cli run = Cli.run("predict", "../samples/mazur.nn", "-w", weights.toString(), bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(bad + ":3:5: error: expected a number but found 'x'"), run.err());
        assertTrue(run.err().contains("\n0.3,x\n    ^\n"), run.err());
        assertTrue(run.err().contains(bad + ":4:5: error: row has 3 columns, expected 2 (the inputs only)"), run.err());
        assertEquals("", run.out());

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "0.05,0.1\n");
        Cli other = Cli.run("predict", "../samples/mazur_no_bias.nn", "-w", weights.toString(), good.toString());
        assertEquals(1, other.exit());
        assertTrue(other.err().contains("the weights are for network Mazur, not MazurNoBias"), other.err());

        Path edited = dir.resolve("mazur.nn");
        Files.writeString(edited, Files.readString(Path.of("../samples/mazur.nn")) + "// edited\n");
        Cli changed = Cli.run("predict", edited.toString(), "-w", weights.toString(), good.toString());
        assertEquals(0, changed.exit(), changed.err());
        assertTrue(changed.err().contains("nnc: warning: " + weights + " was trained from a different version of"),
                changed.err());
        assertEquals(2, changed.out().split(",").length, "two outputs, no class: half_sse is not a classifier");

        Cli missing = Cli.run("predict", "../samples/mazur.nn", "-w", dir.resolve("none.json").toString(), good.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("none.json: no such file"), missing.err());
    }
}

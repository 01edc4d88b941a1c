package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Weights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc predict} from standard input, from labelled data, and with the weights the .nn file writes out. */
class PredictInputsTest {
    private static final Path MAZUR = Path.of("../samples/mazur.nn");
    private static final Path IRIS = Path.of("../samples/iris.nn");
    private static final Path IRIS_TEST = Path.of("../samples/data/iris-test.csv");

    @TempDir
    Path dir;

    @Test
    void standardInputWithTheFilesOwnWeightsGivesMazursForwardPass() {
        // Mazur's worked example: out_o1 = 0.75136507, out_o2 = 0.772928465 at the file's weights
        Cli run = Cli.withInput("0.05,0.10\n", "predict", MAZUR.toString(), "-");
        assertEquals(0, run.exit(), run.err());
        String[] outputs = run.out().strip().split(",");
        assertEquals(2, outputs.length, run.out());
        assertEquals(0.75136507, Double.parseDouble(outputs[0]), 1e-8);
        assertEquals(0.772928465, Double.parseDouble(outputs[1]), 1e-9);

        Cli bad = Cli.withInput("0.05,x\n", "predict", MAZUR.toString(), "-");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("<stdin>:1:6: error: expected a number but found 'x'"), bad.err());
    }

    @Test
    void labelledDataIsPredictedFromItsInputsWithClassNames() throws Exception {
        Path weights = dir.resolve("iris.json");
        assertEquals(0, Cli.run("train", IRIS.toString(), "--epochs", "20", "-q", "--save", weights.toString()).exit());
        Cli labelled = Cli.run("predict", IRIS.toString(), "-w", weights.toString(), "--labelled", IRIS_TEST.toString());
        assertEquals(0, labelled.exit(), labelled.err());

        Network net = InMemoryCompiler.instantiate(NncCompiler.compile(new SourceFile("iris.nn", IRIS,
                Files.readString(IRIS)), "").value().orElseThrow().javaFile());
        Weights.load(net, weights);
        Dataset data = CsvReader.read(IRIS_TEST, 4, 3, true);
        List<String> lines = labelled.out().lines().toList();
        assertEquals(data.size(), lines.size());
        StringBuilder inputs = new StringBuilder();
        double[] y = new double[3];
        for (int s = 0; s < data.size(); s++) {
            net.predict(data.input(s), y);
            assertEquals(y[0] + "," + y[1] + "," + y[2] + "," + Metrics.predictedClass(y), lines.get(s));
            double[] x = data.input(s);
            inputs.append(x[0]).append(',').append(x[1]).append(',').append(x[2]).append(',').append(x[3]).append('\n');
        }
        // the same rows without their labels, through standard input
        Cli piped = Cli.withInput(inputs.toString(), "predict", IRIS.toString(), "-w", weights.toString(), "-");
        assertEquals(labelled.out(), piped.out());
    }

    @Test
    void aNormalisingNetworkWithWrittenOutWeightsPredictsAsTrainingForNoEpochsLeavesIt() throws Exception {
        StringBuilder weights = new StringBuilder();
        for (int w = 0; w < 4 * 4 + 3 * 4; w++) {
            weights.append(w == 0 ? "" : ", ").append((w * 7 % 11 - 5) / 20.0);
        }
        Path train = Files.copy(Path.of("../samples/data/iris-train.csv"), dir.resolve("train.csv"));
        Path nn = Files.writeString(dir.resolve("iris.nn"), "network Iris {\n    input x[4] normalize\n"
                + "    layer h[4] tanh\n    layer p[3] softmax\n    loss cross_entropy\n    weights = [" + weights
                + "]\n    data \"train.csv\" label\n}\n");
        Cli untrained = Cli.run("train", nn.toString(), "--epochs", "0", "--json");
        assertEquals(0, untrained.exit(), untrained.err());
        com.fasterxml.jackson.databind.JsonNode outputs = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(untrained.out()).get("outputs");

        Cli predicted = Cli.run("predict", nn.toString(), "--labelled", train.toString());
        assertEquals(0, predicted.exit(), predicted.err());
        List<String> lines = predicted.out().lines().toList();
        assertEquals(120, lines.size());
        for (int s = 0; s < lines.size(); s++) {
            String[] cells = lines.get(s).split(",");
            for (int k = 0; k < 3; k++) {
                assertEquals(outputs.get(s).get(k).asDouble(), Double.parseDouble(cells[k]), 0.0,
                        "sample " + s + ": normalised by the training data, as train does");
            }
        }
    }

    @Test
    void aLabelOptionWithoutLabelledDataIsAUsageError() {
        Cli run = Cli.run("predict", MAZUR.toString(), "--label", "in.csv");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--label and --no-label say how --labelled data are laid out; add --labelled"),
                run.err());
    }

    @Test
    void withoutWeightsAFileThatDrawsItsWeightsIsAUsageError() {
        Cli run = Cli.withInput("1,2,3,4\n", "predict", IRIS.toString(), "-");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("nnc: predict needs --weights W.json"), run.err());
    }
}

package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc evaluate}: the metrics of a trained network on labelled data, as train reports them for its test data. */
class EvaluateCommandTest {
    private static final Path IRIS = Path.of("../samples/iris.nn");
    private static final Path IRIS_TEST = Path.of("../samples/data/iris-test.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void evaluatingTheSavedIrisWeightsOnItsTestDataGivesWhatTrainReported() throws Exception {
        Path weights = dir.resolve("iris.json");
        Cli train = Cli.run("train", "--json", IRIS.toString(), "--save", weights.toString());
        assertEquals(0, train.exit(), train.err());
        JsonNode trained = JSON.readTree(train.out());

        Cli evaluate = Cli.run("evaluate", IRIS.toString(), "--weights", weights.toString(), IRIS_TEST.toString(),
                "--json");
        assertEquals(0, evaluate.exit(), evaluate.err());
        JsonNode metrics = JSON.readTree(evaluate.out());
        assertEquals("Iris", metrics.get("network").asText());
        assertEquals(30, metrics.get("samples").asInt());
        assertEquals("classification", metrics.get("task").asText());
        // the same parameters through a weights file: the same bits
        assertEquals(trained.get("test_loss").asDouble(), metrics.get("loss").asDouble(), 0.0);
        assertEquals(trained.get("test_accuracy").asDouble(), metrics.get("accuracy").asDouble(), 0.0);
        assertTrue(metrics.get("accuracy").asDouble() >= 0.93, metrics.toString());
        assertEquals(trained.get("test_confusion"), metrics.get("confusion"));
        // train's test_metrics are evaluate's object without the names of the files
        JsonNode testMetrics = trained.get("test_metrics");
        for (String key : List.of("samples", "loss", "task", "accuracy", "classes", "per_class", "macro", "confusion")) {
            assertEquals(metrics.get(key), testMetrics.get(key), key);
        }
        assertEquals(metrics.size() - 3, testMetrics.size(), "network, data and weights are evaluate's own");

        // precision, recall and support per class follow from the confusion matrix
        JsonNode confusion = metrics.get("confusion");
        double macroRecall = 0;
        for (int c = 0; c < 3; c++) {
            int predicted = 0;
            int actual = 0;
            for (int k = 0; k < 3; k++) {
                predicted += confusion.get(k).get(c).asInt();
                actual += confusion.get(c).get(k).asInt();
            }
            JsonNode row = metrics.get("per_class").get(c);
            assertEquals(Integer.toString(c), row.get("class").asText());
            assertEquals(actual, row.get("support").asInt());
            assertEquals((double) confusion.get(c).get(c).asInt() / predicted, row.get("precision").asDouble(), 0.0);
            assertEquals((double) confusion.get(c).get(c).asInt() / actual, row.get("recall").asDouble(), 0.0);
            macroRecall += row.get("recall").asDouble() / 3;
        }
        assertEquals(macroRecall, metrics.get("macro").get("recall").asDouble(), 1e-15);

        Cli text = Cli.run("evaluate", IRIS.toString(), "-w", weights.toString(), IRIS_TEST.toString());
        assertEquals(0, text.exit(), text.err());
        int correct = (int) Math.round(30 * trained.get("test_accuracy").asDouble());
        assertTrue(text.out().startsWith("Iris on " + IRIS_TEST + ": 30 samples\n  loss      "
                + trained.get("test_loss").asDouble() + "\n  accuracy  "
                + String.format(java.util.Locale.ROOT, "%.2f%% (%d of 30)", 100 * correct / 30.0, correct)), text.out());
        assertTrue(text.out().contains("\n  class     precision    recall        f1  support\n"), text.out());
        assertTrue(text.out().contains("\n  macro avg "), text.out());
        assertTrue(text.out().contains("  confusion matrix (rows: true class, columns: predicted class)\n"
                + "      0   1   2\n  0  " + String.format("%2d", confusion.get(0).get(0).asInt())), text.out());
    }

    /**
     * y = 2x + 1, written out in the file, on four samples with targets 1.5, 3, 4, 8 for x = 0..3:
     * predictions 1, 3, 5, 7, residuals 0.5, 0, -1, 1; squares sum to 2.25, so RMSE = sqrt(2.25 / 4)
     * = 0.75, MAE = 2.5 / 4 = 0.625, half_sse's mean loss 2.25 / 2 / 4 = 0.28125; the targets' mean
     * is 4.125 and their squared deviations sum to 23.1875, so R² = 1 - 2.25 / 23.1875.
     */
    @Test
    void aLinearModelGetsRegressionMetricsFromTheWeightsItsFileWritesOut() throws Exception {
        Path nn = dir.resolve("line.nn");
        Files.writeString(nn, "network Line {\n    input x[1]\n    layer y[1] linear bias = 1\n    loss half_sse\n"
                + "    weights = [2]\n}\n");
        Path data = dir.resolve("points.csv");
        Files.writeString(data, "x,y\n0,1.5\n1,3\n2,4\n3,8\n");
        Cli run = Cli.run("evaluate", nn.toString(), data.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode metrics = JSON.readTree(run.out());
        assertEquals("regression", metrics.get("task").asText());
        assertTrue(metrics.get("weights").isNull(), "the file's own weights");
        assertEquals(0.28125, metrics.get("loss").asDouble(), 1e-15);
        assertEquals(0.75, metrics.get("rmse").asDouble(), 1e-15);
        assertEquals(0.625, metrics.get("mae").asDouble(), 1e-15);
        assertEquals(1 - 2.25 / 23.1875, metrics.get("r2").asDouble(), 1e-15);
        JsonNode output = metrics.get("per_output").get(0);
        assertEquals("y1", output.get("output").asText());
        assertEquals(0.75, output.get("rmse").asDouble(), 1e-15);
        assertEquals(1, metrics.get("per_output").size());

        Cli text = Cli.withInput("0,1.5\n1,3\n2,4\n3,8\n", "evaluate", nn.toString(), "-");
        assertEquals(0, text.exit(), text.err());
        assertEquals("Line on <stdin>: 4 samples\n  loss      0.28125\n"
                + "  output         rmse          mae           r2\n"
                + "  y1         0.750000     0.625000     0.902965\n", text.out());
    }

    @Test
    void withoutWeightsAFileThatDrawsItsWeightsIsAUsageError() {
        Cli run = Cli.run("evaluate", IRIS.toString(), IRIS_TEST.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("nnc: evaluate needs --weights W.json (written by 'nnc train --save'): "
                + IRIS + " draws its weights with 'weights init'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theLabelColumnIsReadAsTheNetworkSaysUnlessTold() throws Exception {
        Path weights = dir.resolve("iris.json");
        assertEquals(0, Cli.run("train", IRIS.toString(), "--epochs", "1", "-q", "--save", weights.toString()).exit());
        Cli oneHot = Cli.run("evaluate", IRIS.toString(), "-w", weights.toString(), IRIS_TEST.toString(), "--no-label");
        assertEquals(1, oneHot.exit());
        assertTrue(oneHot.err().contains(IRIS_TEST + ":2:18: error: row has 5 columns, expected 7"), oneHot.err());
        Cli label = Cli.run("evaluate", IRIS.toString(), "-w", weights.toString(), IRIS_TEST.toString(), "--label");
        assertEquals(0, label.exit(), label.err());
    }
}

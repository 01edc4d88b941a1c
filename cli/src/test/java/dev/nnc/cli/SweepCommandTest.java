package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc sweep}: each row is what {@code nnc train} gives for the same settings, the table is the
 * same on any number of threads, and bad grids stop before anything trains.
 */
class SweepCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Iris validated on its test file, which is also its test data: train reports on it as test_*. */
    private Path iris(String hidden, String extra) throws IOException {
        for (String csv : List.of("iris-train.csv", "iris-test.csv")) {
            Files.copy(Path.of("../samples/data", csv), dir.resolve(csv), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path model = dir.resolve("iris-" + hidden + ".nn");
        Files.writeString(model, """
                network Iris {
                    input x[4] normalize
                    layer h[%s] tanh
                    layer p[3] softmax
                    loss cross_entropy
                    weights init xavier seed = 1
                    optimizer adam(rate = 0.01)
                    train epochs = 40 batch = 8 shuffle seed = 3 %s
                    data "iris-train.csv" label
                    validation "iris-test.csv" label
                    test "iris-test.csv" label
                }
                """.formatted(hidden, extra));
        return model;
    }

    private static JsonNode json(Cli run) throws IOException {
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void everyRowIsWhatTrainGivesForItsSettings() throws Exception {
        Path model = iris("8", "");
        JsonNode sweep = json(Cli.run("sweep", model.toString(), "--grid", "rate=0.001,0.03", "--grid", "h=3,8",
                "--json"));
        JsonNode rows = sweep.get("rows");
        assertEquals(4, rows.size());
        assertEquals("accuracy", sweep.get("metric").asText());
        Set<String> seen = new HashSet<>();
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode row : rows) {
            String rate = row.get("settings").get("rate").asText();
            String h = row.get("settings").get("h").asText();
            seen.add(rate + "/" + h);
            JsonNode alone = json(Cli.run("train", iris(h, "").toString(), "--rate", rate, "--json"));
            assertEquals(alone.get("test_accuracy").asDouble(), row.get("accuracy").asDouble(), 0.0, row.toString());
            assertEquals(alone.get("validation_loss").asDouble(), row.get("loss").asDouble(), 0.0, row.toString());
            assertTrue(row.get("accuracy").asDouble() <= previous, "best accuracy first: " + rows);
            previous = row.get("accuracy").asDouble();
        }
        assertEquals(Set.of("0.001/3", "0.001/8", "0.03/3", "0.03/8"), seen);
    }

    @Test
    void seedsEpochsBatchAndOptimizerParametersChangeTheFileAsWritten() throws Exception {
        Path model = iris("5", "");
        JsonNode sweep = json(Cli.run("sweep", model.toString(), "--grid", "seed=1..3", "--grid", "epochs=5",
                "--grid", "batch=4", "--grid", "beta1=0.8", "--grid", "weight_decay=0.001", "--json"));
        assertEquals(3, sweep.get("rows").size());
        for (JsonNode row : sweep.get("rows")) {
            int seed = row.get("settings").get("seed").asInt();
            Path edited = dir.resolve("edited.nn");
            Files.writeString(edited, Files.readString(model)
                    .replace("seed = 1", "seed = " + seed).replace("shuffle seed = 3", "shuffle seed = " + seed)
                    .replace("epochs = 40 batch = 8", "epochs = 5 batch = 4")
                    .replace("adam(rate = 0.01)", "adam(rate = 0.01, beta1 = 0.8, weight_decay = 0.001)"));
            JsonNode alone = json(Cli.run("train", edited.toString(), "--json"));
            assertEquals(alone.get("validation_loss").asDouble(), row.get("loss").asDouble(), 0.0, "seed " + seed);
        }
        List<Double> losses = new ArrayList<>();
        sweep.get("rows").forEach(r -> losses.add(r.get("loss").asDouble()));
        assertEquals(3, new HashSet<>(losses).size(), "each seed trains differently: " + losses);
    }

    @Test
    void theTableIsTheSameOnOneThreadOrManyAndInAnyGridOrderOfValues() throws Exception {
        Path model = iris("4", "");
        Cli one = Cli.run("sweep", model.toString(), "--grid", "rate=0.001,0.01,0.1", "--grid", "h=2,4",
                "--folds", "3", "--threads", "1");
        Cli two = Cli.run("sweep", model.toString(), "--grid", "rate=0.001,0.01,0.1", "--grid", "h=2,4",
                "--folds", "3", "--threads", "2");
        Cli reordered = Cli.run("sweep", model.toString(), "--grid", "rate=0.1,0.01,0.001", "--grid", "h=4,2",
                "--folds", "3", "--threads", "2");
        assertEquals(0, one.exit(), one.err());
        assertEquals(one.out(), two.out());
        assertEquals(one.out().lines().skip(2).map(SweepCommandTest::numbers).toList(),
                reordered.out().lines().skip(2).map(SweepCommandTest::numbers).toList(),
                "rows with different scores come in the same order");
        assertTrue(one.out().startsWith("Iris: 6 combinations, validated on 3-fold cross-validation of 120 samples"),
                one.out());
        assertEquals(7, one.out().lines().count() - 1, one.out());
    }

    /** A row's settings and scores, without its rank. */
    private static String numbers(String row) {
        return row.strip().replaceFirst("^\\d+\\s+", "");
    }

    @Test
    void savesTheBestNetworkAndPlotsTheMetric() throws Exception {
        Path model = iris("4", "");
        Path weights = dir.resolve("best.json");
        Path plot = dir.resolve("sweep.png");
        Cli run = Cli.run("sweep", model.toString(), "--grid", "rate=0.001,0.03", "--save", weights.toString(),
                "--plot", plot.toString());
        assertEquals(0, run.exit(), run.err());
        String best = run.out().lines().skip(2).findFirst().orElseThrow().strip().split("\\s+")[1];
        Path trained = dir.resolve("alone.json");
        assertEquals(0, Cli.run("train", model.toString(), "--rate", best, "--save", trained.toString()).exit());
        assertEquals(JSON.readTree(trained.toFile()).get("parameters"), JSON.readTree(weights.toFile()).get("parameters"));
        byte[] png = Files.readAllBytes(plot);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(run.out().contains("  weights   " + weights), run.out());
    }

    @Test
    void badGridsAreRefusedBeforeAnythingTrains() throws Exception {
        Path model = iris("4", "");
        String file = model.toString();
        expect(Cli.run("sweep", file, "--grid", "hidden=4,8"), "[E065]", "no setting or layer 'hidden'");
        expect(Cli.run("sweep", file, "--grid", "beta=0.5"), "[E065]", "did you mean 'beta1'?");
        expect(Cli.run("sweep", file, "--grid", "rate="), "[E066]", "no values for rate");
        expect(Cli.run("sweep", file, "--grid", "rate=0.1,,0.2"), "[E066]", "an empty value");
        expect(Cli.run("sweep", file, "--grid", "rate=0.1,fast"), "[E066]", "'fast' is not a number");
        expect(Cli.run("sweep", file, "--grid", "seed=5..1"), "[E066]", "the range 5..1 is empty");
        expect(Cli.run("sweep", file, "--grid", "seed=1..x"), "[E066]", "not a range of whole numbers");
        expect(Cli.run("sweep", file, "--grid", "rate"), "[E066]", "is not NAME=v1,v2");
        Path single = dir.resolve("single.nn");
        Files.writeString(single, "network Single {\n    input x[1]\n    layer y[1] linear\n    loss mse\n"
                + "    optimizer sgd(rate = 0.1)\n    data {\n        [1] -> [2]\n    }\n}\n");
        expect(Cli.run("sweep", single.toString(), "--grid", "rate=0.1"), "[E067]", "too few to cross-validate");
        expect(Cli.run("sweep", file, "--folds", "1"), "[E068]", "--folds 1");
        expect(Cli.run("sweep", file, "--folds", "121"), "[E068]", "(120)");
        Cli refused = Cli.run("sweep", file, "--grid", "h=2,0", "--grid", "rate=0.1,0.2");
        expect(refused, "[E018]", "the grid's combination h=0, rate=0.1 (and 1 more with the same errors)");
        assertTrue(refused.err().contains("    layer h[0] tanh\n"), "the line shows the value swept: " + refused.err());
        expect(Cli.run("sweep", file, "--grid", "p=4"), "[E065]", "'p' is the output layer");
        Cli all = Cli.run("sweep", file, "--grid", "foo=1", "--grid", "rate=", "--grid", "seed=5..1");
        expect(all, "[E065]", "no setting or layer 'foo'");
        expect(all, "[E066]", "no values for rate");
        expect(all, "[E066]", "the range 5..1 is empty");
    }

    private static void expect(Cli run, String code, String text) {
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(code) && run.err().contains(text), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());
        assertEquals("", run.out(), "nothing trained");
    }

    @Test
    void aFileWithoutValidationDataIsCrossValidatedInFiveFolds() throws Exception {
        Cli byDefault = Cli.run("sweep", "../samples/iris.nn", "--grid", "rate=0.01,0.1", "--grid", "epochs=20",
                "--threads", "2");
        Cli fiveFolds = Cli.run("sweep", "../samples/iris.nn", "--grid", "rate=0.01,0.1", "--grid", "epochs=20",
                "--folds", "5", "--threads", "1");
        assertEquals(0, byDefault.exit(), byDefault.err());
        assertTrue(byDefault.out().contains("5-fold cross-validation of 120 samples (fold seed 0), as the file has "
                + "no validation data"), byDefault.out());
        assertEquals(fiveFolds.out().lines().skip(1).toList(), byDefault.out().lines().skip(1).toList(),
                "the same rows as --folds 5");
        assertEquals(2, byDefault.out().lines().filter(l -> l.matches("  \\d+ .*%.*")).count(), byDefault.out());
    }

    @Test
    void regressionRowsAreSortedByLoss() throws Exception {
        Path line = dir.resolve("line.nn");
        StringBuilder samples = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            samples.append("        [").append(i * 0.1).append("] -> [").append(2 * i * 0.1 + 1).append("]\n");
        }
        Files.writeString(line, "network Line {\n    input x[1]\n    layer h[3] tanh\n    layer y[1] linear\n"
                + "    loss mse\n    weights init xavier seed = 2\n    optimizer sgd(rate = 0.1)\n"
                + "    train epochs = 30\n    data {\n" + samples + "    }\n}\n");
        JsonNode sweep = json(Cli.run("sweep", line.toString(), "--grid", "rate=0.001,0.01,0.1", "--folds", "3",
                "--json"));
        assertEquals("loss", sweep.get("metric").asText());
        double previous = 0;
        for (JsonNode row : sweep.get("rows")) {
            assertFalse(row.has("accuracy"));
            assertTrue(row.get("loss").asDouble() >= previous, sweep.toString());
            previous = row.get("loss").asDouble();
        }
        assertNotEquals(sweep.get("rows").get(0).get("loss"), sweep.get("rows").get(2).get("loss"));
    }
}

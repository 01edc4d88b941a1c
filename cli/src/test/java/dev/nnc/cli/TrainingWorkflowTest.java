package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc train} with a validation split, early stopping, weight decay, a schedule and rprop, on real data. */
class TrainingWorkflowTest {
    private static final Path DATA = Path.of("../samples/data").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path model(String name, String statements) throws Exception {
        Path file = dir.resolve(name + ".nn");
        Files.writeString(file, "network " + name + " {\n" + statements + "}\n");
        return file;
    }

    private static JsonNode json(Cli run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private Path cancer(int epochs, int patience) throws Exception {
        return model("Cancer", """
                    input f[30] normalize
                    layer h[16] relu
                    layer p[1] sigmoid
                    loss bce
                    weights init he seed = 5
                    optimizer adam(rate = 0.005, weight_decay = 0.0001)
                    schedule cosine(min_rate = 0.0005)
                    train epochs = %d batch = 16 shuffle seed = 11 patience = %d min_delta = 0.0001
                    validation split = 0.2 seed = 3
                    data "%s"
                    test "%s"
                """.formatted(epochs, patience, DATA.resolve("breast-cancer-train.csv"),
                DATA.resolve("breast-cancer-test.csv")));
    }

    @Test
    void earlyStoppingKeepsTheBestEpochOfTheValidationLoss() throws Exception {
        JsonNode json = json(Cli.run("train", "--json", cancer(300, 10).toString()));
        int stopped = json.get("stopped_epoch").asInt();
        int best = json.get("best_epoch").asInt();
        assertTrue(stopped < 300, "stopped early: " + json.get("stopped_epoch"));
        assertEquals(best + 10, stopped, "ten epochs without improvement after the best");
        assertEquals(stopped, json.get("epochs").asInt());
        assertEquals(stopped, json.get("loss_history").size());
        JsonNode validation = json.get("validation_loss_history");
        assertEquals(stopped, validation.size());
        assertEquals(validation.get(best - 1).asDouble(), json.get("validation_loss").asDouble(), 0.0,
                "the restored parameters are the best epoch's, so is their validation loss");
        for (int e = 0; e < stopped; e++) {
            assertTrue(validation.get(e).asDouble() >= validation.get(best - 1).asDouble() - 0.0001,
                    "no epoch improved on the best by min_delta");
        }
        int held = (int) Math.round(0.2 * Files.readAllLines(DATA.resolve("breast-cancer-train.csv")).stream()
                .skip(1).filter(l -> l.endsWith(",1")).count())
                + (int) Math.round(0.2 * Files.readAllLines(DATA.resolve("breast-cancer-train.csv")).stream()
                .skip(1).filter(l -> l.endsWith(",0")).count());
        assertEquals(Files.readAllLines(DATA.resolve("breast-cancer-train.csv")).size() - 1 - held,
                json.get("samples").asInt(), "a stratified fifth is held out");
        assertTrue(json.get("test_accuracy").asDouble() >= 0.95, json.get("test_accuracy").toString());
    }

    @Test
    void theSummarySaysWhereTrainingStoppedAndWhichEpochItKept() throws Exception {
        Cli run = Cli.run("train", cancer(300, 10).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*stopped early after epoch \\d+ of 300: .*kept epoch \\d+.*"), run.out());
        assertTrue(run.out().contains("validation loss"), run.out());
    }

    @Test
    void rpropLearnsIrisInAFewDozenEpochs() throws Exception {
        Path iris = model("Iris", """
                    input x[4] normalize
                    layer h[8] tanh
                    layer p[3] softmax
                    loss cross_entropy
                    weights init xavier seed = 1
                    optimizer rprop
                    train epochs = 40
                    data "%s" label
                    test "%s" label
                """.formatted(DATA.resolve("iris-train.csv"), DATA.resolve("iris-test.csv")));
        JsonNode json = json(Cli.run("train", "--json", iris.toString()));
        assertTrue(json.get("test_accuracy").asDouble() >= 0.93, json.get("test_accuracy").toString());
        assertTrue(json.get("final_loss").asDouble() < 0.1 * json.get("initial_loss").asDouble(),
                json.get("final_loss").toString());
    }

    @Test
    void theDiagnosisSampleStopsEarlyWithNamedClassesAndTopTestAccuracy() throws Exception {
        JsonNode json = json(Cli.run("train", "--json", "../samples/breast_cancer_diagnosis.nn"));
        assertTrue(json.get("stopped_epoch").asInt() < 300, json.get("stopped_epoch").toString());
        assertEquals(json.get("best_epoch").asInt() + 20, json.get("stopped_epoch").asInt());
        assertEquals("[\"benign\",\"malignant\"]", json.get("classes").toString());
        assertTrue(json.get("test_accuracy").asDouble() >= 0.97, json.get("test_accuracy").toString());
    }

    @Test
    void thePlotHasTheValidationCurveAndTheBestEpoch() throws Exception {
        Path svg = dir.resolve("loss.svg");
        Cli run = Cli.run("train", "-q", cancer(300, 10).toString(), "--plot", svg.toString());
        assertEquals(0, run.exit(), run.err());
        // XChart draws text as outlines: the series are told apart by their dashes (LossPlotTest has the details)
        String drawn = Files.readString(svg);
        assertTrue(drawn.contains("stroke-dasharray:2,4;"), "a dotted validation curve");
        assertTrue(drawn.contains("stroke-dasharray:4,4;"), "a dashed marker at the best epoch");
        Path plain = dir.resolve("plain.svg");
        assertEquals(0, Cli.run("train", "-q", "../samples/breast_cancer.nn", "--plot", plain.toString()).exit());
        assertFalse(Files.readString(plain).contains("stroke-dasharray:2,4;"), "no validation data, no such curve");
    }
}

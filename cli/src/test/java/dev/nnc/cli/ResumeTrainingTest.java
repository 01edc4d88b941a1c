package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.Normalization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc train --weights}: training goes on from saved parameters, with their normalisation. */
class ResumeTrainingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Iris with plain sgd in file order: nothing of a run lives outside its parameters and normalisation. */
    private static final String IRIS_SGD = "network Iris {\n    input x[4] normalize\n    layer h[8] tanh\n"
            + "    layer p[3] softmax\n    loss cross_entropy\n    weights init xavier seed = 1\n"
            + "    optimizer sgd(rate = 0.05)\n    train epochs = 20 batch = 8\n    data \"%s\" label\n}\n";

    @TempDir
    Path dir;
    Path train;
    Path test;

    @BeforeEach
    void copyData() throws Exception {
        train = Files.copy(Path.of("../samples/data/iris-train.csv"), dir.resolve("train.csv"));
        test = Files.copy(Path.of("../samples/data/iris-test.csv"), dir.resolve("test.csv"));
    }

    private Path network(String name, String data) throws Exception {
        return Files.writeString(dir.resolve(name), String.format(IRIS_SGD, data));
    }

    private static JsonNode json(Cli run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(run.out());
    }

    /**
     * Ten epochs, saved, then ten more from the file, are twenty epochs to the last bit. This holds
     * because a weights file keeps everything such a run carries from one epoch to the next: the
     * parameters (written by Double.toString, which reads back exactly) and the normalisation (the
     * file's, which is also what the same training data give). It would not hold with momentum or
     * adam, whose velocities and moments are not saved and start again from zero, nor with a shuffle
     * seed, whose random sequence starts again at the seed instead of going on from epoch 10's order.
     */
    @Test
    void tenEpochsThenTenMoreFromTheSavedWeightsAreTwentyEpochsBitForBit() throws Exception {
        Path nn = network("iris.nn", "train.csv");
        Path saved = dir.resolve("ten.json");
        JsonNode first = json(Cli.run("train", nn.toString(), "--epochs", "10", "--json", "--save", saved.toString()));
        JsonNode resumed = json(Cli.run("train", nn.toString(), "--epochs", "10", "--json", "--weights",
                saved.toString()));
        JsonNode whole = json(Cli.run("train", nn.toString(), "--json"));

        assertEquals(first.get("final_loss").asDouble(), resumed.get("initial_loss").asDouble(), 0.0,
                "the resumed run starts where the first ended");
        for (int e = 0; e < 10; e++) {
            assertEquals(whole.get("loss_history").get(e).asDouble(), first.get("loss_history").get(e).asDouble(), 0.0);
            assertEquals(whole.get("loss_history").get(10 + e).asDouble(),
                    resumed.get("loss_history").get(e).asDouble(), 0.0, "epoch " + (11 + e));
        }
        assertEquals(whole.get("parameters"), resumed.get("parameters"));
        assertEquals(whole.get("final_loss").asDouble(), resumed.get("final_loss").asDouble(), 0.0);
        assertTrue(resumed.get("final_loss").asDouble() < first.get("final_loss").asDouble(), "it goes on learning");
    }

    @Test
    void fineTuningOnOtherDataKeepsTheSavedNormalisation() throws Exception {
        Path saved = dir.resolve("base.json");
        json(Cli.run("train", network("iris.nn", "train.csv").toString(), "--json", "--save", saved.toString()));
        Path tuned = dir.resolve("tuned.json");
        json(Cli.run("train", network("tune.nn", "test.csv").toString(), "--epochs", "5", "--json", "--weights",
                saved.toString(), "--save", tuned.toString()));

        JsonNode before = JSON.readTree(saved.toFile()).get("normalization");
        JsonNode after = JSON.readTree(tuned.toFile()).get("normalization");
        assertEquals(before, after, "the inputs are scaled as when the weights were trained");
        assertFalse(JSON.readTree(saved.toFile()).get("parameters").equals(JSON.readTree(tuned.toFile()).get("parameters")));
        double[] testMean = Normalization.of(CsvReader.read(test, 4, 3, true)).mean();
        double[] kept = new double[4];
        Arrays.setAll(kept, i -> after.get("mean").get(i).asDouble());
        assertArrayEquals(Normalization.of(CsvReader.read(train, 4, 3, true)).mean(), kept, 0.0);
        assertFalse(Arrays.equals(testMean, kept), "not the statistics of the data fine-tuned on");
    }

    @Test
    void weightsOfAnotherArchitectureAreRefusedBeforeTraining() throws Exception {
        Path saved = dir.resolve("eight.json");
        json(Cli.run("train", network("iris.nn", "train.csv").toString(), "--epochs", "1", "--json", "--save",
                saved.toString()));
        Path six = Files.writeString(dir.resolve("six.nn"), String.format(IRIS_SGD, "train.csv").replace("h[8]", "h[6]"));
        Cli run = Cli.run("train", six.toString(), "--weights", saved.toString());
        assertEquals(1, run.exit());
        assertEquals("nnc: error: " + saved + ": the weights are for a network of architecture 4 inputs -> "
                + "8 tanh -> 3 softmax; loss cross_entropy, but Iris is 4 inputs -> 6 tanh -> 3 softmax; "
                + "loss cross_entropy\n", run.err());
        assertEquals("", run.out());
    }
}

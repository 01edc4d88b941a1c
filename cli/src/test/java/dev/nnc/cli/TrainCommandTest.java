package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc train} on the samples: the tutorials' numbers and the accuracies the spec promises. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private static JsonNode train(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "train";
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        Cli run = Cli.run(all);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void mazurOneEpoch() throws Exception {
        JsonNode json = train("../samples/mazur.nn");
        assertEquals("Mazur", json.get("network").asText());
        assertEquals(0.2983711087600027, json.get("initial_loss").asDouble(), 0.0);
        assertEquals(0.29102777369359933, json.get("final_loss").asDouble(), 0.0);
        assertEquals(0.35891647971788465, json.get("parameters").get("w5").asDouble(), 0.0);
        assertEquals(0.1497807161327628, json.get("parameters").get("w1").asDouble(), 0.0);
        assertEquals(0.35, json.get("parameters").get("b1").asDouble(), 0.0);
    }

    @Test
    void mazurTenThousandEpochs() throws Exception {
        JsonNode json = train("../samples/mazur.nn", "--epochs", "10000");
        assertEquals(3.510187782978859e-05, json.get("final_loss").asDouble(), 0.0);
        assertEquals(0.01591362044355068, json.get("outputs").get(0).get(0).asDouble(), 0.0);
        assertEquals(0.9840642735146238, json.get("outputs").get(0).get(1).asDouble(), 0.0);
        assertEquals(10000, json.get("loss_history").size());
    }

    @Test
    void linearDiverges() throws Exception {
        JsonNode json = train("../samples/linear.nn");
        assertEquals(1.59561248, json.get("loss_history").get(0).asDouble(), 1e-15);
        assertEquals(49.24728928473661, json.get("loss_history").get(1).asDouble(), 0.0);
    }

    @Test
    void xorLearnsPerfectly() throws Exception {
        assertEquals(1.0, train("../samples/xor.nn").get("accuracy").asDouble(), 0.0);
    }

    @Test
    void irisReachesNinetyThreePercentOnHeldOutData() throws Exception {
        JsonNode json = train("../samples/iris.nn");
        assertTrue(json.get("test_accuracy").asDouble() >= 0.93, json.toString());
        assertTrue(json.get("test_loss").asDouble() < json.get("initial_loss").asDouble());
        assertEquals(200, json.get("test_loss_history").size());
        assertEquals(json.get("test_loss").asDouble(), json.get("test_loss_history").get(199).asDouble(), 0.0,
                "the test loss after the last epoch is the test loss");
        assertEquals(30, json.get("test_samples").asInt());
        JsonNode confusion = json.get("test_confusion");
        int correct = 0;
        for (int c = 0; c < 3; c++) {
            correct += confusion.get(c).get(c).asInt();
        }
        assertEquals(json.get("test_accuracy").asDouble(), correct / 30.0, 1e-15);
    }

    @Test
    void breastCancerReachesNinetyFivePercentOnHeldOutData() throws Exception {
        JsonNode json = train("../samples/breast_cancer.nn");
        assertTrue(json.get("test_accuracy").asDouble() >= 0.95, json.get("test_accuracy").toString());
    }

    @Test
    void everySampleTrainsAndLowersItsLoss() throws Exception {
        for (String sample : new String[] {"activation_tanh", "activation_relu", "activation_leaky_relu",
            "softmax_cross_entropy", "sigmoid_bce"}) {
            JsonNode json = train("../samples/" + sample + ".nn");
            assertTrue(json.get("final_loss").asDouble() < json.get("initial_loss").asDouble() / 2, sample + ": " + json);
        }
    }

    @Test
    void flagsOverrideTheFile() throws Exception {
        JsonNode slow = train("../samples/mazur.nn", "--epochs", "3", "--rate", "0.1");
        JsonNode fast = train("../samples/mazur.nn", "--epochs", "3");
        assertEquals(3, slow.get("loss_history").size());
        assertTrue(slow.get("parameters").get("w5").asDouble() > fast.get("parameters").get("w5").asDouble(),
                "a smaller rate moves w5 (from 0.40, falling) less");
    }

    @Test
    void humanSummary() {
        Cli run = Cli.run("train", "../samples/mazur.nn");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0.2983711087600027 -> 0.29102777369359933"), run.out());
        assertTrue(run.out().contains("w5   = 0.35891647971788465"), run.out());
    }

    @Test
    void humanSummaryOfAClassifierHasAccuracyAndAConfusionMatrix() {
        Cli run = Cli.run("train", "../samples/xor.nn");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  accuracy  100.00% (training data)"), run.out());
        assertTrue(run.out().contains("  confusion matrix, training data (rows: true class, columns: predicted class)\n"
                + "         0   1\n"
                + "     0   2   0\n"
                + "     1   0   2\n"), run.out());
        assertEquals("", run.err(), "no progress bar when standard error is not a terminal");
    }

    @Test
    void divergenceStopsWithWhereWhatAndTheLikelyCause() {
        Cli run = Cli.run("train", "../samples/linear.nn", "--epochs", "200");
        assertEquals(1, run.exit());
        assertEquals("nnc: error: training diverged at epoch 7, sample 1: the loss became infinite (the learning rate "
                + "0.05 is probably too high; try --rate 0.005)\n", run.err().replace("\r\n", "\n"));
        assertEquals("", run.out(), "no NaN summary");
    }

    @Test
    void divergenceWithJsonIsValidJsonWithAnError() throws Exception {
        Cli run = Cli.run("train", "--json", "../samples/linear.nn", "--epochs", "200");
        assertEquals(1, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("error").asText().startsWith("training diverged at epoch 7, sample 1"), json.toString());
        assertEquals("Linear", json.get("network").asText());
        assertEquals(6, json.get("epochs_completed").asInt());
        assertEquals(6, json.get("loss_history").size());
        assertEquals(49.24728928473661, json.get("loss_history").get(1).asDouble(), 0.0);
        assertEquals("loss", json.get("diverged").get("quantity").asText());
        assertEquals("Infinity", json.get("diverged").get("value").asText());
        assertFalse(run.out().contains("NaN"), run.out());
    }

    @Test
    void learningRateStudyTrainsOneCopyPerRateAndDrawsThemAll() throws Exception {
        Path png = dir.resolve("rates.png");
        Cli run = Cli.run("train", "--json", "../samples/mazur_no_bias.nn", "--rate", "0.1,0.2,0.5,0.8,1,2",
                "--epochs", "100", "--plot", png.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode runs = new ObjectMapper().readTree(run.out()).get("runs");
        assertEquals(6, runs.size());
        double initial = runs.get(0).get("initial_loss").asDouble();
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode r : runs) {
            assertEquals(initial, r.get("initial_loss").asDouble(), 0.0, "every copy starts from the file's weights");
            assertEquals(100, r.get("loss_history").size());
            double last = r.get("final_loss").asDouble();
            assertTrue(last < previous, "a higher rate ends lower: " + r.get("rate") + " " + last);
            previous = last;
        }
        assertEquals(2.0, runs.get(5).get("rate").asDouble(), 0.0);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
    }

    @Test
    void aRateStudyReportsTheRatesThatDivergeAndStillDraws() throws Exception {
        Path svg = dir.resolve("linear.svg");
        Cli run = Cli.run("train", "../samples/linear.nn", "--epochs", "20", "--rate", "0.001,0.05", "--plot",
                svg.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("  0.05   diverged at epoch 7, sample 1"), run.out());
        assertTrue(run.out().contains("  plot      " + svg), run.out());
        assertTrue(run.err().contains("the learning rate 0.05 is probably too high"), run.err());
        String drawing = Files.readString(svg);
        assertTrue(drawing.contains("<svg") && drawing.trim().endsWith("</svg>"), drawing.substring(0, 200));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(svg)),
                "readable by others, like any file the user writes");
    }

    @Test
    void logYDrawsAPositiveLossOnALogAxisAndWarnsAboutALossOfZero() throws Exception {
        Path png = dir.resolve("log.png");
        Cli mazur = Cli.run("train", "../samples/mazur.nn", "--epochs", "50", "--log-y", "--plot", png.toString());
        assertEquals(0, mazur.exit(), mazur.err());
        assertEquals("", mazur.err());
        assertEquals(900, ImageIO.read(png.toFile()).getWidth());

        Path exact = dir.resolve("exact.nn");
        Files.writeString(exact, String.join("\n",
                "network Exact {",
                "    input x[1]",
                "    layer o[1] linear bias none",
                "    loss half_sse",
                "    weights = [2]",
                "    optimizer sgd(rate = 0.1)",
                "    train epochs = 3",
                "    data { [1] -> [2] }",
                "}", ""));
        Path svg = dir.resolve("exact.svg");
        Cli zero = Cli.run("train", exact.toString(), "--log-y", "--plot", svg.toString());
        assertEquals(0, zero.exit(), zero.err());
        assertTrue(zero.err().contains("warning: --log-y ignored: a loss of 0 cannot be drawn on a logarithmic axis"),
                zero.err());
        assertTrue(Files.readString(svg).trim().endsWith("</svg>"), "drawn all the same, on a linear axis");

        Cli unasked = Cli.run("train", exact.toString(), "--plot", svg.toString());
        assertEquals("", unasked.err(), "no warning when nobody asked for a log axis");

        Cli noPlot = Cli.run("train", "../samples/mazur.nn", "--log-y");
        assertEquals(2, noPlot.exit());
        assertTrue(noPlot.err().contains("--log-y is a setting of the plot"), noPlot.err());
    }

    @Test
    void badPlotAndSaveRequestsAreUsageErrors() {
        Cli jpg = Cli.run("train", "../samples/mazur.nn", "--plot", dir.resolve("loss.jpg").toString());
        assertEquals(2, jpg.exit());
        assertTrue(jpg.err().contains(".png or .svg"), jpg.err());
        Cli twoSaves = Cli.run("train", "../samples/mazur.nn", "--rate", "0.1,0.2", "--save", "w.json");
        assertEquals(2, twoSaves.exit());
        assertEquals(2, Cli.run("train", "../samples/mazur.nn", "--rate", "0.1,-2").exit());
    }
}

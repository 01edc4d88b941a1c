package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared data sets: they read cleanly, and the reference MLP learns iris as the Iris sample does. */
class RealDataTest {
    private static final Path DATA = Path.of("../../shared/data");

    private static Path data(String name) {
        Path file = DATA.resolve(name);
        assumeTrue(Files.isReadable(file), () -> file + " is not available");
        return file;
    }

    @Test
    void irisReadsAsFourInputsAndThreeOneHotClasses() throws Exception {
        Dataset train = CsvReader.read(data("iris-train.csv"), 4, 3, true);
        assertTrue(train.size() > 50);
        assertEquals(4, train.inputWidth());
        assertTrue(Metrics.isClassification(train));
        int[] perClass = new int[3];
        for (int s = 0; s < train.size(); s++) {
            perClass[Metrics.predictedClass(train.target(s))]++;
        }
        assertTrue(perClass[0] > 0 && perClass[1] > 0 && perClass[2] > 0);
        // first row of the file: 6.3,3.3,6,2.5,2
        assertArrayEquals(new double[] {6.3, 3.3, 6, 2.5}, train.input(0), 0.0);
        assertArrayEquals(new double[] {0, 0, 1}, train.target(0), 0.0);
    }

    @Test
    void breastCancerReadsWithItsBenignColumnAsABinaryTarget() throws Exception {
        Dataset train = CsvReader.read(data("breast-cancer-train.csv"), 30, 1, false);
        assertEquals(30, train.inputWidth());
        assertEquals(1, train.targetWidth());
        assertTrue(Metrics.isClassification(train));
        Dataset asLabel = CsvReader.read(data("breast-cancer-train.csv"), 30, 2, true);
        for (int s = 0; s < train.size(); s++) {
            assertEquals(train.target(s)[0], asLabel.target(s)[1], 0.0);
        }
    }

    @Test
    void referenceMlpLearnsIris() throws Exception {
        Dataset train = CsvReader.read(data("iris-train.csv"), 4, 3, true);
        Dataset test = CsvReader.read(data("iris-test.csv"), 4, 3, true);
        List<LayerShape> layers = List.of(LayerShape.of(8, Activation.TANH), LayerShape.of(3, Activation.SOFTMAX));
        double[] initial = TestNetworks.xavier(new Random(1), 4, layers);
        GenericMlp net = new GenericMlp("Iris", 4, layers, Loss.CROSS_ENTROPY,
                OptimizerSettings.defaults(OptimizerKind.ADAM).withRate(0.01), true, initial);
        TrainingResult result = Trainer.train(net, train, new TrainingPlan(200, 8, OptionalLong.of(3)));
        double accuracy = Metrics.accuracy(net, test).orElseThrow();
        System.out.println("RealDataTest: iris loss " + result.initialLoss() + " -> " + result.finalLoss()
                + ", train accuracy " + Metrics.accuracy(net, train).orElseThrow() + ", test accuracy " + accuracy
                + " (" + test.size() + " samples)");
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
        assertTrue(result.finalLoss() < 0.2 * result.initialLoss());
    }
}

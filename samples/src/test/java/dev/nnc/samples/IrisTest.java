package dev.nnc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingPlan;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The generated Iris, trained on 120 flowers as iris.nn says, classifies the 30 it never saw. */
class IrisTest {
    @Test
    void classifiesHeldOutFlowers() throws Exception {
        Dataset train = CsvReader.read(Path.of("data/iris-train.csv"), 4, 3, true);
        Dataset test = CsvReader.read(Path.of("data/iris-test.csv"), 4, 3, true);
        assertEquals(120, train.size());
        assertEquals(30, test.size());

        Iris net = new Iris();
        Trainer.train(net, train, new TrainingPlan(200, 8, OptionalLong.of(3)));

        double accuracy = Metrics.accuracy(net, test).orElseThrow();
        assertTrue(accuracy >= 0.93, "test accuracy " + accuracy);
        assertTrue(net.normalizesInputs());
        assertEquals(5.879999999999998, net.inputMean()[0], 1e-12, "the trainer set the training data's statistics");
    }
}

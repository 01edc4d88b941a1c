package dev.nnc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingPlan;
import dev.nnc.runtime.TrainingResult;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** XOR, which no single neuron learns, is learnt by the generated Xor in its 5000 epochs. */
class XorTest {
    private static final Dataset XOR = new Dataset(
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    @Test
    void learnsXor() {
        Xor net = new Xor();
        assertEquals(0.5, Metrics.accuracy(net, XOR).orElseThrow(), 0.5, "an untrained network guesses");
        TrainingResult result = Trainer.train(net, XOR, new TrainingPlan(5000, 1, OptionalLong.empty()));
        assertTrue(result.finalLoss() < result.initialLoss() / 10, result.finalLoss() + " vs " + result.initialLoss());
        assertEquals(1.0, Metrics.accuracy(net, XOR).orElseThrow());
        double[] y = new double[1];
        net.predict(new double[] {1, 0}, y);
        assertTrue(y[0] > 0.9, "1 xor 0 = " + y[0]);
        net.predict(new double[] {1, 1}, y);
        assertTrue(y[0] < 0.1, "1 xor 1 = " + y[0]);
    }
}

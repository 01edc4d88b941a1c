package dev.nnc.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The worked example's published numbers, from the class nnc-maven-plugin generated from mazur.nn. */
class MazurTest {
    private final double[] x = {0.05, 0.10};
    private final double[] t = {0.01, 0.99};

    @Test
    void initialLoss() {
        assertEquals(0.2983711087600027, new Mazur().loss(x, t));
    }

    @Test
    void oneTrainingStep() {
        Mazur net = new Mazur();
        double loss = net.train(x, t);
        assertEquals(0.2983711087600027, loss, "train returns the loss before the step");
        assertEquals(0.35891647971788465, net.w5);
        assertEquals(0.1497807161327628, net.w1);
        assertEquals(0.29102777369359933, net.loss(x, t));
        assertEquals(0.35, net.b1, "the biases are frozen");
    }

    @Test
    void tenThousandEpochs() {
        Mazur net = new Mazur();
        for (int epoch = 0; epoch < 10000; epoch++) {
            net.train(x, t);
        }
        double[] y = new double[2];
        net.predict(x, y);
        assertArrayEquals(new double[] {0.01591362044355068, 0.9840642735146238}, y);
        assertEquals(3.510187782978859e-05, net.loss(x, t));
    }
}

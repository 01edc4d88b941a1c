package dev.nnc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The linear example diverges at its rate: the loss grows from 1.59561248 to 49.24728928473661. */
class LinearTest {
    @Test
    void diverges() {
        Linear net = new Linear();
        double[] x = {8, 12};
        double[] t = {4};
        assertEquals(1.59561248, net.train(x, t), 1e-12);
        assertEquals(49.24728928473661, net.loss(x, t));
    }
}

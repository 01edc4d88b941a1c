package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Network;
import org.junit.jupiter.api.Test;

/** The generated classes reproduce the worked examples' published numbers, digit for digit. */
class TutorialNumbersTest {
    private static final double[] X = {0.05, 0.10};
    private static final double[] T = {0.01, 0.99};

    @Test
    void mazurFirstStep() {
        Network net = Compiled.instance(Models.mazur());
        assertEquals(0.2983711087600027, net.loss(X, T), 0.0);
        net.train(X, T);
        double[] p = net.parameters();
        assertEquals(0.35891647971788465, p[4], 0.0, "w5");
        assertEquals(0.1497807161327628, p[0], 0.0, "w1");
        assertEquals(0.29102777369359933, net.loss(X, T), 0.0);
        assertEquals(0.35, p[8], 0.0, "b1 is frozen");
        assertEquals(0.6, p[9], 0.0, "b2 is frozen");
    }

    @Test
    void mazurTenThousandEpochs() {
        Network net = Compiled.instance(Models.mazur());
        for (int epoch = 0; epoch < 10000; epoch++) {
            net.train(X, T);
        }
        double[] y = new double[2];
        net.predict(X, y);
        assertEquals(3.510187782978859e-05, net.loss(X, T), 0.0);
        assertEquals(0.01591362044355068, y[0], 0.0);
        assertEquals(0.9840642735146238, y[1], 0.0);
    }

    @Test
    void linearDiverges() {
        Network net = Compiled.instance(Models.linear());
        double[] x = {8, 12};
        double[] t = {4};
        assertEquals(1.59561248, net.train(x, t), 1e-15);
        assertEquals(49.24728928473661, net.train(x, t), 0.0);
    }

    @Test
    void gradientIsTheTutorialsDerivation() {
        Network net = Compiled.instance(Models.mazur());
        double[] g = new double[10];
        net.gradient(X, T, g);
        assertEquals(0.082167041, g[4], 5e-10, "dE/dw5");
        assertEquals(0.000438568, g[0], 5e-10, "dE/dw1");
        assertEquals(0.0, g[8], 0.0, "frozen b1 has no gradient");
    }
}

package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** The three optimizers against the spec's formulas, worked by hand. */
class OptimizerTest {
    private static final boolean[] FIRST_TRAINS = {true, false};

    @Test
    void sgdStepsAgainstTheMeanGradientAndSkipsFrozen() {
        Optimizer sgd = new Sgd(0.1);
        double[] p = {1.0, 2.0};
        sgd.apply(p, new double[] {0.4, -0.2}, FIRST_TRAINS, 2);
        assertArrayEquals(new double[] {0.98, 2.0}, p, 0.0);
    }

    @Test
    void meanGradientIsADivisionByTheBatchSize() {
        // 0.30000000000000004 / 3 rounds to 0.10000000000000002; times (1.0 / 3) it would be 0.1
        Optimizer sgd = new Sgd(1.0);
        double[] p = {0.0};
        sgd.apply(p, new double[] {0.30000000000000004}, new boolean[] {true}, 3);
        assertEquals(-0.10000000000000002, p[0], 0.0);
    }

    @Test
    void updateIsThePlainArithmeticOfTheReference() {
        // the Linear example, w1 after one step; the reference results (shared conformance
        // suite) agree bit for bit with p - rate * g rounded twice, not with a fused multiply-add
        Optimizer sgd = new Sgd(0.05);
        double h1 = 0.21 * 8 + 0.56 * 12;
        double h2 = 0.19 * 8 + 0.02 * 12;
        double deltaOut = 0.23 * h1 + 0.16 * h2 - 4;
        double g = 0.23 * deltaOut * 8;
        double[] p = {0.21};
        sgd.apply(p, new double[] {g}, new boolean[] {true}, 1);
        assertEquals(0.37434880000000004, p[0], 0.0);
        assertEquals(0.3743488, Math.fma(-0.05, g, 0.21), 0.0, "a fused multiply-add would land one ulp away");
    }

    @Test
    void momentumAccumulatesVelocity() {
        Optimizer momentum = new Momentum(0.1, 0.9, 2);
        double[] p = {1.0, 2.0};
        momentum.apply(p, new double[] {0.5, 7}, FIRST_TRAINS, 1); // v = 0.5, p = 1 - 0.05
        assertEquals(0.95, p[0], 1e-15);
        momentum.apply(p, new double[] {0.25, 7}, FIRST_TRAINS, 1); // v = 0.45 + 0.25 = 0.7
        assertEquals(0.95 - 0.07, p[0], 1e-15);
        assertEquals(2.0, p[1], 0.0);
        momentum.reset();
        momentum.apply(p, new double[] {0.5, 7}, FIRST_TRAINS, 1); // v = 0.5 again
        assertEquals(0.88 - 0.05, p[0], 1e-15);
    }

    @Test
    void adamCorrectsItsBias() {
        Optimizer adam = new Adam(0.01, 0.9, 0.999, 1e-8, 2);
        double[] p = {1.0, 2.0};
        // t = 1: m = 0.05, v = 0.00025, mHat = 0.5, vHat = 0.25, step = 0.5 / (0.5 + 1e-8)
        adam.apply(p, new double[] {1.0, 7}, FIRST_TRAINS, 2);
        assertEquals(1.0 - 0.01 * 0.5 / (0.5 + 1e-8), p[0], 1e-16);
        // t = 2, g = -0.25: m = 0.045 - 0.025 = 0.02, v = 0.00024975 + 0.0000625 = 0.00031225
        adam.apply(p, new double[] {-0.5, 7}, FIRST_TRAINS, 2);
        double mHat = 0.02 / (1 - 0.81);
        double vHat = 0.00031225 / (1 - 0.998001);
        assertEquals(1.0 - 0.01 * 0.5 / (0.5 + 1e-8) - 0.01 * mHat / (Math.sqrt(vHat) + 1e-8), p[0], 1e-15);
        assertEquals(2.0, p[1], 0.0);
        assertEquals(2, ((Adam) adam).step());
        adam.reset();
        assertEquals(0, ((Adam) adam).step());
    }

    @Test
    void factoryBuildsWhatTheSettingsSay() {
        OptimizerSettings momentum = new OptimizerSettings(OptimizerKind.MOMENTUM, 0.3, 0.5, 0.9, 0.999, 1e-8);
        assertInstanceOf(Sgd.class, Optimizers.create(OptimizerSettings.sgd(0.2), 3, 3));
        assertInstanceOf(Momentum.class, Optimizers.create(momentum, 3, 3));
        assertInstanceOf(Adam.class, Optimizers.create(OptimizerSettings.defaults(OptimizerKind.ADAM), 3, 3));
        Optimizer created = Optimizers.create(momentum, 1, 1);
        assertEquals(0.3, created.rate(), 0.0);
        double[] p = {0.0};
        created.apply(p, new double[] {1.0}, new boolean[] {true}, 1);
        created.apply(p, new double[] {1.0}, new boolean[] {true}, 1); // v = 1, then 0.5 + 1: beta was used
        assertEquals(-0.3 - 0.45, p[0], 1e-15);
        created.setRate(0.01);
        assertEquals(0.01, created.rate(), 0.0);
    }
}

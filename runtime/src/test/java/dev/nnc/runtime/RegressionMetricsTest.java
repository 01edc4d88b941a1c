package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RMSE, MAE and R² per output and their means, against values worked out by hand. */
class RegressionMetricsTest {
    private static final double EXACT = 1e-15;

    /**
     * Output 1: targets 1 2 3 4, predictions 1.5 2 2 4, residuals -0.5 0 1 0: squares sum to 1.25,
     * absolutes to 1.5, so RMSE = sqrt(1.25 / 4), MAE = 0.375; the targets' mean is 2.5 and their
     * squared deviations sum to 2.25 + 0.25 + 0.25 + 2.25 = 5, so R² = 1 - 1.25 / 5 = 0.75.
     * Output 2: targets 10 20 30 40, predictions 10 18 33 40, residuals 0 2 -3 0: squares 13,
     * absolutes 5: RMSE sqrt(13 / 4), MAE 1.25; deviations from 25 sum to 500: R² = 1 - 13/500 = 0.974.
     */
    @Test
    void twoOutputsWorkedByHand() {
        RegressionMetrics m = RegressionMetrics.of(new double[][] {{1, 10}, {2, 20}, {3, 30}, {4, 40}},
                new double[][] {{1.5, 10}, {2, 18}, {2, 33}, {4, 40}});
        assertEquals(4, m.samples());
        assertArrayEquals(new double[] {Math.sqrt(0.3125), Math.sqrt(3.25)}, m.rmse(), EXACT);
        assertArrayEquals(new double[] {0.375, 1.25}, m.mae(), EXACT);
        assertArrayEquals(new double[] {0.75, 0.974}, m.r2(), EXACT);
        assertEquals((Math.sqrt(0.3125) + Math.sqrt(3.25)) / 2, m.meanRmse(), EXACT);
        assertEquals(0.8125, m.meanMae(), EXACT);
        assertEquals(0.862, m.meanR2(), EXACT);
    }

    @Test
    void aConstantTargetHasRSquaredOneWhenExactAndZeroOtherwise() {
        double[][] targets = {{2}, {2}};
        assertEquals(1.0, RegressionMetrics.of(targets, new double[][] {{2}, {2}}).r2()[0]);
        RegressionMetrics off = RegressionMetrics.of(targets, new double[][] {{2}, {3}});
        assertEquals(0.0, off.r2()[0]);
        assertEquals(Math.sqrt(0.5), off.rmse()[0], EXACT);
        assertEquals(0.5, off.mae()[0], EXACT);
    }

    @Test
    void fromANetworkItsPredictions() {
        // predicts 0.5 and 0.5 for targets 0.3 and 1: residuals -0.2 and 0.5
        MetricsTest.Table net = new MetricsTest.Table(new double[][] {{0.5}, {0.5}});
        Dataset data = new Dataset(new double[][] {{0}, {1}}, new double[][] {{0.3}, {1}});
        RegressionMetrics m = RegressionMetrics.of(net, data);
        assertEquals(Math.sqrt((0.04 + 0.25) / 2), m.rmse()[0], 1e-15);
        assertEquals(0.35, m.mae()[0], 1e-15);
        // mean 0.65, deviations 0.35^2 * 2 = 0.245: R² = 1 - 0.29 / 0.245
        assertEquals(1 - 0.29 / 0.245, m.r2()[0], 1e-14);
    }
}

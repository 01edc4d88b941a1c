package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Accuracy and confusion matrices on hand-made predictions. */
class MetricsTest {
    /** Predicts row {@code (int) x[0]} of a fixed table. */
    static final class Table extends StubNetwork {
        private final double[][] outputs;

        Table(double[][] outputs) {
            super(1, outputs[0].length);
            this.outputs = outputs;
        }

        @Override
        public void predict(double[] x, double[] y) {
            System.arraycopy(outputs[(int) x[0]], 0, y, 0, y.length);
        }
    }

    private static Dataset indexed(double[][] targets) {
        double[][] x = new double[targets.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i};
        }
        return new Dataset(x, targets);
    }

    @Test
    void binaryOutputsAreThresholdedAtOneHalf() {
        Table net = new Table(new double[][] {{0.9}, {0.5}, {0.2}, {0.51}, {0.1}});
        Dataset data = indexed(new double[][] {{1}, {1}, {0}, {0}, {0}});
        assertEquals(OptionalDouble.of(0.6), Metrics.accuracy(net, data));
        // rows: true 0, 1; columns: predicted 0, 1
        int[][] confusion = Metrics.confusion(net, data);
        assertArrayEquals(new int[] {2, 1}, confusion[0]);
        assertArrayEquals(new int[] {1, 1}, confusion[1]);
    }

    @Test
    void oneHotOutputsCompareArgmaxes() {
        Table net = new Table(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}, {0.4, 0.4, 0.2}, {0.2, 0.5, 0.3}});
        Dataset data = indexed(new double[][] {{1, 0, 0}, {0, 1, 0}, {1, 0, 0}, {0, 1, 0}});
        assertEquals(OptionalDouble.of(0.75), Metrics.accuracy(net, data));
        int[][] confusion = Metrics.confusion(net, data);
        assertArrayEquals(new int[] {2, 0, 0}, confusion[0], "a tie goes to the first class");
        assertArrayEquals(new int[] {0, 1, 1}, confusion[1]);
        assertArrayEquals(new int[] {0, 0, 0}, confusion[2]);
    }

    @Test
    void regressionTargetsHaveNoAccuracy() {
        Table net = new Table(new double[][] {{0.5}, {0.5}});
        Dataset data = indexed(new double[][] {{0.3}, {1}});
        assertFalse(Metrics.isClassification(data));
        assertEquals(OptionalDouble.empty(), Metrics.accuracy(net, data));
        assertThrows(IllegalArgumentException.class, () -> Metrics.confusion(net, data));
    }

    @Test
    void severalOutputsMustBeOneHot() {
        assertTrue(Metrics.isClassification(indexed(new double[][] {{0, 1}, {1, 0}})));
        assertFalse(Metrics.isClassification(indexed(new double[][] {{1, 1}, {1, 0}})));
        assertFalse(Metrics.isClassification(indexed(new double[][] {{0, 0}, {1, 0}})));
        assertTrue(Metrics.isClassification(indexed(new double[][] {{0}, {0}})));
        assertFalse(Metrics.isClassification(new Dataset(new double[0][], new double[0][])));
    }

    @Test
    void predictedClassOfOutputs() {
        assertEquals(1, Metrics.predictedClass(new double[] {0.50001}));
        assertEquals(0, Metrics.predictedClass(new double[] {0.5}));
        assertEquals(2, Metrics.predictedClass(new double[] {-3, -2, -1}));
    }
}

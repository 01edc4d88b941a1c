package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision, recall, F1 and their macro averages, against values worked out by hand. */
class ClassificationMetricsTest {
    private static final double EXACT = 1e-15;

    /**
     * Rows are the true class, columns the predicted one:
     * <pre>
     *            A  B  C   support
     *   true A   5  1  0   6
     *   true B   2  3  1   6
     *   true C   0  2  6   8
     *   predicted 7  6  7   (20 samples, 5 + 3 + 6 = 14 correct: accuracy 0.7)
     * </pre>
     * precision = tp / predicted: A 5/7, B 3/6 = 1/2, C 6/7;
     * recall = tp / support: A 5/6, B 3/6 = 1/2, C 6/8 = 3/4;
     * F1 = 2tp / (2tp + fp + fn): A 10/(10+2+1) = 10/13, B 6/(6+3+3) = 1/2, C 12/(12+1+2) = 4/5;
     * macro precision (5/7 + 1/2 + 6/7) / 3 = 29/42, recall (10/12 + 6/12 + 9/12) / 3 = 25/36,
     * F1 (100/130 + 65/130 + 104/130) / 3 = 269/390.
     */
    @Test
    void threeClassesWorkedByHand() {
        int[][] confusion = {{5, 1, 0}, {2, 3, 1}, {0, 2, 6}};
        ClassificationMetrics m = ClassificationMetrics.of(confusion, List.of("A", "B", "C"));
        assertEquals(20, m.samples());
        assertEquals(14, m.correct());
        assertEquals(0.7, m.accuracy(), EXACT);
        assertArrayEquals(new int[] {6, 6, 8}, m.support());
        assertArrayEquals(new double[] {5.0 / 7, 0.5, 6.0 / 7}, m.precision(), EXACT);
        assertArrayEquals(new double[] {5.0 / 6, 0.5, 0.75}, m.recall(), EXACT);
        assertArrayEquals(new double[] {10.0 / 13, 0.5, 0.8}, m.f1(), EXACT);
        assertEquals(29.0 / 42, m.macroPrecision(), EXACT);
        assertEquals(25.0 / 36, m.macroRecall(), EXACT);
        assertEquals(269.0 / 390, m.macroF1(), EXACT);
        assertEquals(List.of("A", "B", "C"), m.classNames());
        assertArrayEquals(confusion[1], m.confusion()[1]);
    }

    /**
     * <pre>
     *            A  B  C
     *   true A   2  0  0
     *   true B   1  0  0
     *   true C   0  0  0
     * </pre>
     * B is true once but never predicted: precision 0/0 counts as 0, recall 0/1 = 0, F1 0. C is
     * neither true nor predicted, so it is left out of the macro averages (over A and B): A has
     * precision 2/3, recall 1, F1 4/5; macro precision 1/3, recall 1/2, F1 2/5.
     */
    @Test
    void aClassNeverPredictedScoresZeroAndAnAbsentClassIsLeftOutOfTheAverages() {
        ClassificationMetrics m = ClassificationMetrics.of(new int[][] {{2, 0, 0}, {1, 0, 0}, {0, 0, 0}},
                List.of("A", "B", "C"));
        assertArrayEquals(new double[] {2.0 / 3, 0, 0}, m.precision(), EXACT);
        assertArrayEquals(new double[] {1, 0, 0}, m.recall(), EXACT);
        assertArrayEquals(new double[] {0.8, 0, 0}, m.f1(), EXACT);
        assertEquals(1.0 / 3, m.macroPrecision(), EXACT);
        assertEquals(0.5, m.macroRecall(), EXACT);
        assertEquals(0.4, m.macroF1(), EXACT);
        assertEquals(2.0 / 3, m.accuracy(), EXACT);
    }

    @Test
    void fromANetworkItsConfusionMatrix() {
        // one output: true classes 1 1 0 0 0, predicted 1 0 0 1 0 -> [[2, 1], [1, 1]]
        MetricsTest.Table net = new MetricsTest.Table(new double[][] {{0.9}, {0.5}, {0.2}, {0.51}, {0.1}});
        double[][] x = {{0}, {1}, {2}, {3}, {4}};
        Dataset data = new Dataset(x, new double[][] {{1}, {1}, {0}, {0}, {0}});
        ClassificationMetrics m = ClassificationMetrics.of(net, data, List.of("no", "yes"));
        // class 1: tp 1, predicted 2, support 2: precision 1/2, recall 1/2; class 0: 2/3 both
        assertArrayEquals(new double[] {2.0 / 3, 0.5}, m.precision(), EXACT);
        assertArrayEquals(new double[] {2.0 / 3, 0.5}, m.recall(), EXACT);
        assertEquals(0.6, m.accuracy(), EXACT);
    }

    @Test
    void namesMustBeOnePerClass() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.of(new int[][] {{1, 0}, {0, 1}}, List.of("A")));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.of(new int[][] {{0, 0}, {0, 0}}, List.of("A", "B")));
    }
}

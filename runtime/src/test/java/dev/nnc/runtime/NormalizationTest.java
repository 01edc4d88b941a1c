package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Per-column mean and population standard deviation. */
class NormalizationTest {
    @Test
    void populationStatisticsPerColumn() {
        Dataset data = new Dataset(new double[][] {{1, 10, 0.1}, {2, 10, 0.1}, {6, 10, 0.1}},
                new double[][] {{0}, {0}, {0}});
        Normalization n = Normalization.of(data);
        assertArrayEquals(new double[] {3, 10, 0.1}, n.mean(), 0.0);
        assertArrayEquals(new double[] {Math.sqrt(14.0 / 3), 0, 0}, n.std(), 0.0);
    }

    @Test
    void aConstantColumnIsExactlyCentred() {
        // 0.1 + 0.1 + 0.1 = 0.30000000000000004, / 3 = 0.10000000000000002: not the value itself
        Dataset data = new Dataset(new double[][] {{0.1}, {0.1}, {0.1}}, new double[][] {{0}, {0}, {0}});
        assertArrayEquals(new double[] {0.1}, Normalization.of(data).mean(), 0.0);
        assertArrayEquals(new double[] {0.0}, Normalization.of(data).std(), 0.0);
    }

    @Test
    void returnsCopies() {
        Normalization n = Normalization.of(new Dataset(new double[][] {{1}, {3}}, new double[][] {{0}, {0}}));
        n.mean()[0] = 7;
        n.std()[0] = 7;
        assertArrayEquals(new double[] {2}, n.mean(), 0.0);
        assertArrayEquals(new double[] {1}, n.std(), 0.0);
    }

    @Test
    void anEmptyDataSetHasNoStatistics() {
        assertThrows(IllegalArgumentException.class,
                () -> Normalization.of(new Dataset(new double[0][], new double[0][])));
    }

    @Test
    void minMaxIsTheMinimumAndTheRangeOfEveryColumn() {
        Dataset data = new Dataset(new double[][] {{1, 10, -2}, {3, 10, 6}, {2.5, 10, 0}},
                new double[][] {{0}, {0}, {0}});
        Normalization n = Normalization.of(data, Normalization.Kind.MINMAX);
        assertEquals(Normalization.Kind.MINMAX, n.kind());
        assertArrayEquals(new double[] {1, 10, -2}, n.mean(), 0.0);
        // a constant column has range 0, which networks take as 1
        assertArrayEquals(new double[] {2, 0, 8}, n.std(), 0.0);
        assertEquals(Normalization.Kind.ZSCORE, Normalization.of(data, Normalization.Kind.ZSCORE).kind());
    }
}

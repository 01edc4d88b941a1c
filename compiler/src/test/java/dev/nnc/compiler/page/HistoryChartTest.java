package dev.nnc.compiler.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The training charts: every epoch of a short run, a bounded number of points of a long one, always the last. */
class HistoryChartTest {
    @Test
    void shortRunsDrawEveryEpochLongOnesABoundedNumberWithTheLast() {
        assertEquals(List.of(0, 1, 2), HistoryChart.sampled(3));
        List<Integer> drawn = HistoryChart.sampled(100_001);
        assertTrue(drawn.size() <= HistoryChart.POINTS + 1, drawn.size() + " points");
        assertEquals(0, drawn.get(0));
        assertEquals(100_000, drawn.get(drawn.size() - 1));
    }

    @Test
    void aLongRunsChartsStaySmall() {
        int epochs = 100_000;
        List<Double> loss = new ArrayList<>();
        List<List<Double>> weights = new ArrayList<>();
        weights.add(List.of(0.5, -0.5));
        for (int e = 1; e <= epochs; e++) {
            loss.add(1.0 / e);
            weights.add(List.of(0.5 + e * 1e-6, -0.5));
        }
        TrainingHistory history = new TrainingHistory(loss, List.of("w1", "w9"), weights);
        String loss1 = HistoryChart.loss(history);
        String weights1 = HistoryChart.weights(history);
        assertTrue(loss1.length() + weights1.length() < 40_000, (loss1.length() + weights1.length()) + " characters");
        assertTrue(loss1.contains("after epoch 100000"), loss1);
        assertTrue(weights1.contains("w1 from 0.5 to 0.6"), weights1);
    }
}

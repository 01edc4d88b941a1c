package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LossHistoryTest {
    /** Epoch e's value is e, so the kept values say which epochs were kept. */
    private static LossHistory counted(int epochs, int limit) {
        LossHistory history = new LossHistory(epochs, limit);
        boolean eachEpoch = epochs <= 1000; // values() copies what is kept: checked after every add only in short runs
        for (int e = 1; e <= epochs; e++) {
            boolean wanted = history.wants(e);
            history.add(e);
            if (eachEpoch) {
                double[] values = history.values();
                assertEquals(wanted, values.length > 0 && values[values.length - 1] == e,
                        "wants(" + e + ") says whether add keeps it");
            }
        }
        return history;
    }

    @Test
    void keepsEveryEpochUpToTheLimit() {
        LossHistory history = counted(8, 8);
        assertEquals(1, history.every());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, history.values(), 0.0);
        assertEquals(8, history.epochs());
    }

    @Test
    void beyondTheLimitKeepsEveryOtherThenEveryFourth() {
        LossHistory nine = counted(9, 8);
        assertEquals(2, nine.every());
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, nine.values(), 0.0);

        LossHistory many = counted(100, 8);
        // the smallest power of two with ceil(100 / every) <= 8 is 16: epochs 1, 17, ..., 97
        assertEquals(16, many.every());
        assertArrayEquals(new double[] {1, 17, 33, 49, 65, 81, 97}, many.values(), 0.0);
    }

    @Test
    void memoryStaysBoundedForLongRuns() {
        LossHistory history = counted(3_000_000, LossHistory.LIMIT);
        assertEquals(4, history.every());
        double[] values = history.values();
        assertEquals(750_000, values.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(1 + 4.0 * i, values[i], 0.0);
        }
        assertTrue(values.length <= LossHistory.LIMIT);
    }

    @Test
    void valuesBeforeAnEpochLeaveItOut() {
        LossHistory history = counted(9, 8);
        assertArrayEquals(new double[] {1, 3, 5, 7}, history.valuesBefore(9), 0.0);
        assertArrayEquals(new double[] {1, 3, 5}, history.valuesBefore(7), 0.0);
        assertArrayEquals(new double[] {1, 3, 5, 7}, history.valuesBefore(8), 0.0);
        assertArrayEquals(new double[0], history.valuesBefore(1), 0.0);
    }

    @Test
    void trainerReportsHowFarApartTheKeptEpochsAre() {
        Network net = WorkedExampleTest.mazur();
        Dataset data = new Dataset(new double[][] {{0.05, 0.10}}, new double[][] {{0.01, 0.99}});
        TrainingResult result = Trainer.train(net, data, Optional.empty(),
                new TrainingPlan(LossHistory.LIMIT + 2, 1, java.util.OptionalLong.empty()), TrainingListener.NONE);
        assertEquals(2, result.lossHistoryEvery());
        assertEquals(LossHistory.LIMIT / 2 + 1, result.lossHistory().length);
        Network again = WorkedExampleTest.mazur();
        TrainingResult short3 = Trainer.train(again, data, new TrainingPlan(3, 1, java.util.OptionalLong.empty()));
        assertEquals(short3.lossHistory()[0], result.lossHistory()[0], 0.0);
        assertEquals(short3.lossHistory()[2], result.lossHistory()[1], 0.0, "entry 1 is epoch 3");
    }
}

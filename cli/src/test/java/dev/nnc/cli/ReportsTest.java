package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.runtime.TrainingDiverged;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pieces of the reports: numbers as written, the divergence hint, the plot's axis, the bar's speed. */
class ReportsTest {
    @Test
    void numbersAsPeopleWriteThem() {
        assertEquals("0.05", Numbers.plain(0.05));
        assertEquals("2", Numbers.plain(2.0));
        assertEquals("0.005", Numbers.plain(Numbers.tenth(0.05)));
        assertEquals(0.005, Numbers.tenth(0.05), 0.0);
        assertEquals("0.2", Numbers.plain(Numbers.tenth(2)));
        assertEquals("1.0E-9", Numbers.plain(1e-9));
    }

    @Test
    void theDivergenceMessageNamesTheRateAndSuggestsATenth() {
        TrainingDiverged loss = new TrainingDiverged(37, 1, "loss", Double.POSITIVE_INFINITY, 1.5, new double[36]);
        assertEquals("training diverged at epoch 37, sample 1: the loss became infinite (the learning rate 0.05 is "
                + "probably too high; try --rate 0.005)", Divergence.message(loss, 0.05));
        TrainingDiverged parameter = new TrainingDiverged(3, 0, "w4", Double.NaN, 1.5, new double[2]);
        assertEquals("training diverged by the end of epoch 3: parameter w4 became NaN (not a number) (the learning "
                + "rate 2 is probably too high; try --rate 0.2)", Divergence.message(parameter, 2));
    }

    @Test
    void aCurveThatBlowsUpLeavesTheChartInsteadOfFlatteningTheOthers() {
        LossPlot.Curves calm = new LossPlot.Curves("a", 1.6, new double[] {1.5, 1.0, 0.5}, new double[] {1.7, 1.2, 0.4});
        LossPlot.Curves wild = new LossPlot.Curves("b", 1.6, new double[] {1.6, 49, 1e10}, null);
        assertEquals(1.05 * 1.7, LossPlot.top(List.of(calm, wild)), 1e-12);
        assertEquals(1.05 * 1e10, LossPlot.top(List.of(wild)), 1e-3, "alone, a wild run is drawn whole");
        LossPlot.Curves bumpy = new LossPlot.Curves("c", 1.0, new double[] {1.0, 2.9, 0.5}, null);
        assertEquals(1.05 * 2.9, LossPlot.top(List.of(bumpy, wild)), 1e-12, "a rise below three times the start is tame");
    }

    @Test
    void samplesPerSecondStayShort() {
        assertEquals("950", Progress.Bar.compact(950.2));
        assertEquals("48k", Progress.Bar.compact(48_213));
        assertEquals("1.2M", Progress.Bar.compact(1_234_567));
    }

    @Test
    void confusionMatrixColumnsLineUp() {
        String text = TrainingReport.confusionText(new int[][] {{10, 0}, {2, 1234}}, "test data");
        assertEquals(String.join(System.lineSeparator(),
                "  confusion matrix, test data (rows: true class, columns: predicted class)",
                "          0    1",
                "     0   10    0",
                "     1    2 1234", ""), text);
    }
}

package dev.nnc.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Dataset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folds of a cross-validation and the grid's combinations. */
class FoldsAndGridTest {
    /** 10 samples of class 0, 5 of class 1, one-hot. */
    private static Dataset labelled() {
        double[][] x = new double[15][];
        double[][] t = new double[15][];
        for (int i = 0; i < 15; i++) {
            x[i] = new double[] {i};
            t[i] = i % 3 == 0 ? new double[] {0, 1} : new double[] {1, 0};
        }
        return new Dataset(x, t, List.of("a", "b"));
    }

    @Test
    void foldsCoverEverySampleOnceKeepTheClassSharesAndFollowTheSeed() {
        Dataset data = labelled();
        List<SweepData.Split> folds = Folds.of(data, 5, 7);
        int[] times = new int[15];
        for (SweepData.Split fold : folds) {
            assertEquals(3, fold.validation().length, "15 samples in 5 folds");
            assertEquals(12, fold.training().length);
            long ofClassB = Arrays.stream(fold.validation()).filter(i -> i % 3 == 0).count();
            assertEquals(1, ofClassB, "one of the 5 class-b samples in each fold");
            Arrays.stream(fold.validation()).forEach(i -> times[i]++);
            assertTrue(Arrays.stream(fold.training()).noneMatch(i -> Arrays.stream(fold.validation()).anyMatch(v -> v == i)));
            int[] sorted = fold.training().clone();
            Arrays.sort(sorted);
            assertTrue(Arrays.equals(sorted, fold.training()), "file order");
        }
        assertTrue(Arrays.stream(times).allMatch(n -> n == 1));
        List<SweepData.Split> again = Folds.of(data, 5, 7);
        for (int f = 0; f < 5; f++) {
            assertTrue(Arrays.equals(folds.get(f).validation(), again.get(f).validation()));
        }
        boolean differs = false;
        List<SweepData.Split> other = Folds.of(data, 5, 8);
        for (int f = 0; f < 5; f++) {
            differs |= !Arrays.equals(folds.get(f).validation(), other.get(f).validation());
        }
        assertTrue(differs, "another seed, other folds");
    }

    @Test
    void foldSizesDifferByAtMostOne() {
        List<SweepData.Split> folds = Folds.of(labelled(), 4, 0);
        int[] sizes = folds.stream().mapToInt(f -> f.validation().length).toArray();
        assertEquals(15, Arrays.stream(sizes).sum());
        assertTrue(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt() <= 1,
                Arrays.toString(sizes));
    }

    @Test
    void combinationsRunThroughTheLastSettingFastestWithRangesExpanded() {
        SweepGrid grid = SweepGrid.parse(List.of("rate=0.1,0.01", "seed=1..3")).grid();
        List<Map<String, String>> all = grid.combinations();
        assertEquals(6, all.size());
        assertEquals(Map.of("rate", "0.1", "seed", "1"), all.get(0));
        assertEquals(Map.of("rate", "0.1", "seed", "3"), all.get(2));
        assertEquals(Map.of("rate", "0.01", "seed", "1"), all.get(3));
        assertEquals(List.of("rate", "seed"), List.copyOf(all.get(5).keySet()));
    }

    @Test
    void badListsSayWhatIsWrong() {
        assertEquals("--grid 'rate=0.1,1e-1': rate=1e-1 is in the list twice",
                SweepGrid.parse(List.of("rate=0.1,1e-1")).problem());
        assertTrue(SweepGrid.parse(List.of("h=4", "h=8")).problem().contains("already in the grid"));
        assertTrue(SweepGrid.parse(List.of("rate=NaN")).problem().contains("'NaN' is not a number"));
        assertTrue(SweepGrid.parse(List.of("seed=0..200000")).problem().contains("more than 100000"));
        assertNotEquals("", SweepGrid.parse(List.of("=1")).problem());
        SweepGrid.Result mixed = SweepGrid.parse(List.of("rate=", "h=4,8", "seed=x"));
        assertEquals(2, mixed.problems().size(), mixed.problems().toString());
        assertEquals(List.of("h"), mixed.grid().axes().stream().map(SweepGrid.Axis::name).toList());
    }
}

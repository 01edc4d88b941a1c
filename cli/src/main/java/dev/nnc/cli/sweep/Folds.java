package dev.nnc.cli.sweep;

import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * K-fold cross-validation, stratified and seeded: one {@code java.util.Random(seed)}; the samples are
 * put in groups in file order (one per class, classes in increasing order, for a classification; else
 * one group of all), each group shuffled by Fisher-Yates from the end ({@code for i = n-1 down to 1:
 * j = nextInt(i + 1); swap(i, j)}); then the groups' samples, one group after the other, are dealt to
 * folds 0, 1, ..., K-1, 0, 1, ... in turn. So every fold holds every class in its share, fold sizes
 * differ by at most one, and the same data and seed always give the same folds. Split f validates on
 * fold f and trains on the others, both in file order.
 */
public final class Folds {
    private Folds() {
    }

    /** The {@code k} splits of {@code data}; {@code 2 <= k <= data.size()}. */
    public static List<SweepData.Split> of(Dataset data, int k, long seed) {
        if (k < 2 || k > data.size()) {
            throw new IllegalArgumentException(k + " folds of " + data.size() + " samples");
        }
        Random random = new Random(seed);
        int[] fold = new int[data.size()];
        int dealt = 0;
        for (int[] group : groups(data)) {
            for (int i = group.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = group[i];
                group[i] = group[j];
                group[j] = swap;
            }
            for (int sample : group) {
                fold[sample] = dealt++ % k;
            }
        }
        List<SweepData.Split> splits = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int held = f;
            int[] validation = java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] == held).toArray();
            int[] training = java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] != held).toArray();
            splits.add(new SweepData.Split(training, validation));
        }
        return splits;
    }

    private static List<int[]> groups(Dataset data) {
        if (!Metrics.isClassification(data)) {
            int[] all = new int[data.size()];
            Arrays.setAll(all, i -> i);
            return List.of(all);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            int c = Metrics.predictedClass(data.target(i));
            while (byClass.size() <= c) {
                byClass.add(new ArrayList<>());
            }
            byClass.get(c).add(i);
        }
        return byClass.stream().filter(g -> !g.isEmpty())
                .map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}

package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code validation split = f [seed = S]}: holds out a fraction of the training samples, chosen
 * reproducibly.
 *
 * <p>The algorithm: one {@code new Random(S)}. The samples are put in groups, in file order: one
 * group of all of them, or, when the data is class-labelled ({@code stratified}), one group per
 * class (class {@code k} of a sample is the index of its largest target, or for a single output
 * whether it is above 0.5), classes in increasing order. Each group in turn is shuffled with
 * Fisher-Yates from the end ({@code for i = n-1 down to 1: j = random.nextInt(i + 1); swap}), and
 * its first {@code round(f * n)} samples ({@link Math#round}, halves up) are held out. Both parts
 * keep the samples in file order. So every class keeps its share, and the same seed and data
 * always give the same parts.
 */
public final class ValidationSplit {
    private ValidationSplit() {
    }

    /** The samples trained on and those held out for validation. */
    public record Parts(Dataset training, Dataset validation) {
    }

    /** Splits {@code data} as described above; either part may be empty (the caller reports that). */
    public static Parts split(Dataset data, double fraction, long seed, boolean stratified) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be between 0 and 1, not " + fraction);
        }
        Random random = new Random(seed);
        boolean[] held = new boolean[data.size()];
        for (int[] group : groups(data, stratified)) {
            Trainer.shuffle(group, random);
            long count = Math.round(fraction * group.length);
            for (int i = 0; i < count; i++) {
                held[group[i]] = true;
            }
        }
        List<Integer> training = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            (held[i] ? validation : training).add(i);
        }
        return new Parts(data.rows(toArray(training)), data.rows(toArray(validation)));
    }

    private static List<int[]> groups(Dataset data, boolean stratified) {
        if (!stratified) {
            int[] all = new int[data.size()];
            Arrays.setAll(all, i -> i);
            return List.of(all);
        }
        List<List<Integer>> byClass = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            int k = Metrics.predictedClass(data.target(i));
            while (byClass.size() <= k) {
                byClass.add(new ArrayList<>());
            }
            byClass.get(k).add(i);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> members : byClass) {
            if (!members.isEmpty()) {
                groups.add(toArray(members));
            }
        }
        return groups;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}

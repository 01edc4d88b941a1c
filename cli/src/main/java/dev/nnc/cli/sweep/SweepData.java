package dev.nnc.cli.sweep;

import dev.nnc.runtime.Dataset;
import java.io.Serializable;
import java.util.List;

/**
 * The samples of a sweep, sent once to every executor: the rows, their class names for label data, and
 * the splits (each the rows trained on and the rows validated on: the file's validation data, or the
 * folds of a cross-validation).
 */
public record SweepData(double[][] inputs, double[][] targets, List<String> classNames, List<Split> splits)
        implements Serializable {

    public SweepData {
        classNames = List.copyOf(classNames);
        splits = List.copyOf(splits);
    }

    /** The rows trained on and the rows validated on, as indices into the sweep's rows. */
    public record Split(int[] training, int[] validation) implements Serializable {
    }

    /** The samples of {@code split} trained on, and those validated on. */
    Dataset training(int split) {
        return all().rows(splits.get(split).training());
    }

    Dataset validation(int split) {
        return all().rows(splits.get(split).validation());
    }

    private Dataset all() {
        return new Dataset(inputs, targets, classNames);
    }
}

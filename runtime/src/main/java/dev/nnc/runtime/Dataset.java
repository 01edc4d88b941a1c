package dev.nnc.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * Samples in order: inputs and targets, one row each, and for label data the names of the classes
 * the targets encode. Rows are copied in and never changed.
 */
public final class Dataset {
    private final double[][] inputs;
    private final double[][] targets;
    private final List<String> classNames;

    public Dataset(double[][] inputs, double[][] targets) {
        this(inputs, targets, List.of());
    }

    /**
     * Label data: {@code classNames.get(k)} is class k, which a one-hot target row has at k (or, with
     * one target column, which the target is: 0 or 1).
     */
    public Dataset(double[][] inputs, double[][] targets, List<String> classNames) {
        this(inputs, targets, classNames, true);
    }

    private Dataset(double[][] inputs, double[][] targets, List<String> classNames, boolean copy) {
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " input rows but " + targets.length + " target rows");
        }
        this.inputs = copy ? deepCopy(inputs) : inputs;
        this.targets = copy ? deepCopy(targets) : targets;
        this.classNames = List.copyOf(classNames);
    }

    /** Rows that nothing else holds, kept without a copy: a large data set is not in memory twice. */
    static Dataset adopt(double[][] inputs, double[][] targets, List<String> classNames) {
        return new Dataset(inputs, targets, classNames, false);
    }

    /** The names of the classes, class 0 first, for label data; empty otherwise. */
    public List<String> classNames() {
        return classNames;
    }

    /** Number of samples. */
    public int size() {
        return inputs.length;
    }

    /** Inputs of sample {@code i}; do not modify. */
    public double[] input(int i) {
        return inputs[i];
    }

    /** Targets of sample {@code i}; do not modify. */
    public double[] target(int i) {
        return targets[i];
    }

    /** Width of an input row (0 when empty). */
    public int inputWidth() {
        return inputs.length == 0 ? 0 : inputs[0].length;
    }

    /** Width of a target row (0 when empty). */
    public int targetWidth() {
        return targets.length == 0 ? 0 : targets[0].length;
    }

    /** The samples at {@code rows}, in that order (rows are shared, not copied: neither set changes them). */
    public Dataset rows(int[] rows) {
        double[][] in = new double[rows.length][];
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            in[i] = inputs[rows[i]];
            out[i] = targets[rows[i]];
        }
        return new Dataset(in, out, classNames, false);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = Arrays.copyOf(rows[i], rows[i].length);
        }
        return copy;
    }
}

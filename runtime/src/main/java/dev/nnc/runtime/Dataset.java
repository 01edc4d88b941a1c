package dev.nnc.runtime;

import java.util.Arrays;

/** Samples in order: inputs and targets, one row each. Rows are copied in and never changed. */
public final class Dataset {
    private final double[][] inputs;
    private final double[][] targets;

    public Dataset(double[][] inputs, double[][] targets) {
        this(inputs, targets, true);
    }

    private Dataset(double[][] inputs, double[][] targets, boolean copy) {
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " input rows but " + targets.length + " target rows");
        }
        this.inputs = copy ? deepCopy(inputs) : inputs;
        this.targets = copy ? deepCopy(targets) : targets;
    }

    /** Rows that nothing else holds, kept without a copy: a large data set is not in memory twice. */
    static Dataset adopt(double[][] inputs, double[][] targets) {
        return new Dataset(inputs, targets, false);
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
        return new Dataset(in, out, false);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = Arrays.copyOf(rows[i], rows[i].length);
        }
        return copy;
    }
}

package dev.nnc.runtime;

/**
 * The statistics of every input column of a data set that {@code input x[N] normalize} scales its
 * inputs with, as {@code (x - mean) / std}: for {@link Kind#ZSCORE} the mean and population standard
 * deviation, for {@link Kind#MINMAX} the minimum (as "mean") and the range max - min (as "std"). A
 * constant column has std 0; networks treat that as 1, so it is only shifted.
 */
public final class Normalization {
    /** How inputs are scaled. */
    public enum Kind {
        /** (x - mean) / std: standardised, the default. */
        ZSCORE("zscore"),
        /** (x - min) / (max - min): into 0..1 over the training data. */
        MINMAX("minmax");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        /** The word in {@code normalize zscore} or {@code normalize minmax}. */
        public String spelling() {
            return spelling;
        }
    }

    private final Kind kind;
    private final double[] mean;
    private final double[] std;

    private Normalization(Kind kind, double[] mean, double[] std) {
        this.kind = kind;
        this.mean = mean;
        this.std = std;
    }

    /** The statistics of {@code data}'s inputs of {@code kind} ({@link #of(Dataset)} or {@link #minMax(Dataset)}). */
    public static Normalization of(Dataset data, Kind kind) {
        return switch (kind) {
            case ZSCORE -> of(data);
            case MINMAX -> minMax(data);
        };
    }

    /**
     * The minimum ("mean") and range max - min ("std") of every column of {@code data}'s inputs, so
     * that {@code (x - mean) / std} maps the training data onto 0..1. A constant column has range 0,
     * which networks take as 1: its inputs become x - min, 0 on the training data.
     *
     * @throws IllegalArgumentException when {@code data} is empty
     */
    public static Normalization minMax(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("cannot normalise an empty data set");
        }
        int width = data.inputWidth();
        double[] min = data.input(0).clone();
        double[] max = data.input(0).clone();
        for (int s = 1; s < data.size(); s++) {
            double[] x = data.input(s);
            for (int i = 0; i < width; i++) {
                min[i] = Math.min(min[i], x[i]);
                max[i] = Math.max(max[i], x[i]);
            }
        }
        double[] range = new double[width];
        for (int i = 0; i < width; i++) {
            range[i] = max[i] - min[i];
        }
        return new Normalization(Kind.MINMAX, min, range);
    }

    /** Whether these are z-score or min-max statistics. */
    public Kind kind() {
        return kind;
    }

    /**
     * The statistics of {@code data}'s inputs: mean = sum / n, std = sqrt(sum (x - mean)^2 / n),
     * both summed in sample order. A constant column gets exactly its value as mean and 0 as std.
     *
     * @throws IllegalArgumentException when {@code data} is empty
     */
    public static Normalization of(Dataset data) {
        int n = data.size();
        if (n == 0) {
            throw new IllegalArgumentException("cannot normalise an empty data set");
        }
        int width = data.inputWidth();
        double[] mean = new double[width];
        double[] std = new double[width];
        for (int s = 0; s < n; s++) {
            double[] x = data.input(s);
            for (int i = 0; i < width; i++) {
                mean[i] += x[i];
            }
        }
        for (int i = 0; i < width; i++) {
            mean[i] /= n;
        }
        for (int s = 0; s < n; s++) {
            double[] x = data.input(s);
            for (int i = 0; i < width; i++) {
                double d = x[i] - mean[i];
                std[i] += d * d;
            }
        }
        for (int i = 0; i < width; i++) {
            std[i] = Math.sqrt(std[i] / n);
            if (isConstant(data, i)) {
                // sum / n can miss the value by an ulp, which would turn "only centred" into noise
                mean[i] = data.input(0)[i];
                std[i] = 0.0;
            }
        }
        return new Normalization(Kind.ZSCORE, mean, std);
    }

    private static boolean isConstant(Dataset data, int column) {
        double first = data.input(0)[column];
        for (int s = 1; s < data.size(); s++) {
            if (Double.compare(data.input(s)[column], first) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the means (the minimums, for min-max), one per input. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the population standard deviations (the ranges, for min-max), one per input (0 for a constant column). */
    public double[] std() {
        return std.clone();
    }
}

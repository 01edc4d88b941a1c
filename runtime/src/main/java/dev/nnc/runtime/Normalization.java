package dev.nnc.runtime;

/**
 * The mean and population standard deviation of every input column of a data set, as used by
 * {@code input x[N] normalize}. A constant column has std 0; networks treat that as 1 (centring only).
 */
public final class Normalization {
    private final double[] mean;
    private final double[] std;

    private Normalization(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
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
        return new Normalization(mean, std);
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

    /** A copy of the means, one per input. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the population standard deviations, one per input (0 for a constant column). */
    public double[] std() {
        return std.clone();
    }
}

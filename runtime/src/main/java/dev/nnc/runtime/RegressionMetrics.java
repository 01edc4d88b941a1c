package dev.nnc.runtime;

/**
 * How well a network's outputs match numeric targets, per output and overall, as scikit-learn's
 * {@code mean_squared_error}, {@code mean_absolute_error} and {@code r2_score} compute them.
 *
 * <p>For output k over n samples with residual e = t - y: RMSE = sqrt(sum e^2 / n), MAE =
 * sum |e| / n, R² = 1 - sum e^2 / sum (t - mean t)^2. A target that is the same in every sample
 * has no variance to explain: its R² is 1 when every prediction is exact and 0 otherwise
 * (scikit-learn's {@code force_finite}). The overall values are the plain means of the per-output
 * ones (scikit-learn's {@code uniform_average}). Sums run in sample order.
 *
 * @param samples the number of samples
 * @param rmse per output, the root mean squared error
 * @param mae per output, the mean absolute error
 * @param r2 per output, the coefficient of determination
 */
public record RegressionMetrics(int samples, double[] rmse, double[] mae, double[] r2) {
    public RegressionMetrics {
        rmse = rmse.clone();
        mae = mae.clone();
        r2 = r2.clone();
        if (rmse.length == 0 || mae.length != rmse.length || r2.length != rmse.length) {
            throw new IllegalArgumentException("one RMSE, MAE and R² per output");
        }
    }

    /**
     * The metrics of {@code net}'s predictions against {@code data}'s targets.
     *
     * @throws IllegalArgumentException when {@code data} is empty or its widths do not fit {@code net}
     */
    public static RegressionMetrics of(Network net, Dataset data) {
        int n = data.size();
        int width = net.outputCount();
        if (n == 0 || data.targetWidth() != width || data.inputWidth() != net.inputCount()) {
            throw new IllegalArgumentException("the data do not fit " + net.name());
        }
        double[][] predictions = new double[n][width];
        for (int s = 0; s < n; s++) {
            net.predict(data.input(s), predictions[s]);
        }
        double[][] targets = new double[n][];
        for (int s = 0; s < n; s++) {
            targets[s] = data.target(s);
        }
        return of(targets, predictions);
    }

    /**
     * The metrics of {@code predictions} against {@code targets}, both one row per sample.
     *
     * @throws IllegalArgumentException when there are no rows or the rows differ in length
     */
    public static RegressionMetrics of(double[][] targets, double[][] predictions) {
        int n = targets.length;
        if (n == 0 || predictions.length != n) {
            throw new IllegalArgumentException(n + " target rows and " + predictions.length + " predictions");
        }
        int width = targets[0].length;
        double[] rmse = new double[width];
        double[] mae = new double[width];
        double[] r2 = new double[width];
        for (int k = 0; k < width; k++) {
            double mean = 0;
            for (int s = 0; s < n; s++) {
                if (targets[s].length != width || predictions[s].length != width) {
                    throw new IllegalArgumentException("row " + s + " is not " + width + " wide");
                }
                mean += targets[s][k];
            }
            mean /= n;
            double squares = 0;
            double absolutes = 0;
            double variance = 0;
            for (int s = 0; s < n; s++) {
                double e = targets[s][k] - predictions[s][k];
                squares += e * e;
                absolutes += Math.abs(e);
                double d = targets[s][k] - mean;
                variance += d * d;
            }
            rmse[k] = Math.sqrt(squares / n);
            mae[k] = absolutes / n;
            r2[k] = variance == 0 ? (squares == 0 ? 1.0 : 0.0) : 1 - squares / variance;
        }
        return new RegressionMetrics(n, rmse, mae, r2);
    }

    /** The number of outputs. */
    public int outputs() {
        return rmse.length;
    }

    /** The mean of the per-output RMSEs. */
    public double meanRmse() {
        return mean(rmse);
    }

    /** The mean of the per-output MAEs. */
    public double meanMae() {
        return mean(mae);
    }

    /** The mean of the per-output R² values. */
    public double meanR2() {
        return mean(r2);
    }

    @Override
    public double[] rmse() {
        return rmse.clone();
    }

    @Override
    public double[] mae() {
        return mae.clone();
    }

    @Override
    public double[] r2() {
        return r2.clone();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}

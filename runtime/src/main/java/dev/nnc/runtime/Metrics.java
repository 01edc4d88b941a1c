package dev.nnc.runtime;

import java.util.OptionalDouble;

/**
 * Classification metrics of a network on a data set. A data set is a classification when every
 * target is 0 or 1 and, with several outputs, every target row is one-hot. With one output the
 * class is 1 when the output is above 0.5; with several it is the index of the largest output
 * (the first, on ties).
 */
public final class Metrics {
    private Metrics() {
    }

    /** Whether {@code data} is non-empty and its targets are binary (one output) or one-hot (several). */
    public static boolean isClassification(Dataset data) {
        if (data.size() == 0) {
            return false;
        }
        for (int s = 0; s < data.size(); s++) {
            double[] t = data.target(s);
            int ones = 0;
            for (double v : t) {
                if (v == 1.0) {
                    ones++;
                } else if (v != 0.0) {
                    return false;
                }
            }
            if (t.length > 1 && ones != 1) {
                return false;
            }
        }
        return true;
    }

    /** The fraction of samples classified correctly, or empty when {@code data} is not a classification. */
    public static OptionalDouble accuracy(Network net, Dataset data) {
        if (!isClassification(data)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(accuracy(confusion(net, data)));
    }

    /** The fraction of samples a confusion matrix ({@link #confusion}) counts on its diagonal. */
    public static double accuracy(int[][] confusion) {
        int correct = 0;
        int samples = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
            for (int count : confusion[c]) {
                samples += count;
            }
        }
        return (double) correct / samples;
    }

    /**
     * The confusion matrix: {@code [true class][predicted class]} counts; 2x2 (classes 0 and 1) for
     * one output, N x N for N one-hot outputs.
     *
     * @throws IllegalArgumentException when {@code data} is not a classification for {@code net}
     */
    public static int[][] confusion(Network net, Dataset data) {
        if (!isClassification(data) || data.targetWidth() != net.outputCount()) {
            throw new IllegalArgumentException("not a classification data set for " + net.name());
        }
        int width = net.outputCount();
        int classes = width == 1 ? 2 : width;
        int[][] counts = new int[classes][classes];
        double[] y = new double[width];
        for (int s = 0; s < data.size(); s++) {
            net.predict(data.input(s), y);
            counts[classOf(data.target(s))][predictedClass(y)]++;
        }
        return counts;
    }

    /** The class a row of outputs stands for: above 0.5 for one output, else the first largest. */
    public static int predictedClass(double[] y) {
        if (y.length == 1) {
            return y[0] > 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < y.length; k++) {
            if (y[k] > y[best]) {
                best = k;
            }
        }
        return best;
    }

    private static int classOf(double[] target) {
        if (target.length == 1) {
            return target[0] == 1.0 ? 1 : 0;
        }
        return predictedClass(target);
    }
}

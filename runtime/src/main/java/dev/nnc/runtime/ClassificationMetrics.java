package dev.nnc.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * How well a classifier did on labelled samples, as scikit-learn's {@code classification_report}
 * computes it, from the confusion matrix ({@code confusion[true class][predicted class]} counts).
 *
 * <p>For class c with tp = confusion[c][c], predicted = the sum of column c, support = the sum of
 * row c: precision = tp / predicted, recall = tp / support, F1 = 2 * precision * recall /
 * (precision + recall); each is 0 when its denominator is 0 (a class never predicted, never true,
 * or with precision and recall both 0), as scikit-learn's {@code zero_division} default does. The
 * macro averages are the plain means over the classes that occur in the data or in the predictions
 * (a class with neither says nothing about the classifier and is left out, as scikit-learn does
 * without an explicit list of labels). Accuracy is the trace over the number of samples.
 *
 * @param classNames one name per class, in class order
 * @param confusion {@code [true class][predicted class]} counts
 * @param samples the number of samples, the sum of the matrix
 * @param accuracy the fraction classified correctly
 * @param support per class, the samples whose true class it is
 * @param precision per class
 * @param recall per class
 * @param f1 per class
 * @param macroPrecision mean precision over the classes present
 * @param macroRecall mean recall over the classes present
 * @param macroF1 mean F1 over the classes present
 */
public record ClassificationMetrics(List<String> classNames, int[][] confusion, int samples, double accuracy,
                                    int[] support, double[] precision, double[] recall, double[] f1,
                                    double macroPrecision, double macroRecall, double macroF1) {
    public ClassificationMetrics {
        classNames = List.copyOf(classNames);
        confusion = copy(confusion);
        support = support.clone();
        precision = precision.clone();
        recall = recall.clone();
        f1 = f1.clone();
    }

    /** The metrics of {@code net} on {@code data}, whose targets must be a classification ({@link Metrics}). */
    public static ClassificationMetrics of(Network net, Dataset data, List<String> classNames) {
        return of(Metrics.confusion(net, data), classNames);
    }

    /**
     * The metrics a confusion matrix stands for.
     *
     * @throws IllegalArgumentException when the matrix is not square, is empty or negative, or the names
     *     are not one per class
     */
    public static ClassificationMetrics of(int[][] confusion, List<String> classNames) {
        int k = confusion.length;
        if (k == 0 || classNames.size() != k) {
            throw new IllegalArgumentException(k + " classes but " + classNames.size() + " class names");
        }
        int samples = 0;
        int[] support = new int[k];
        int[] predicted = new int[k];
        for (int t = 0; t < k; t++) {
            if (confusion[t].length != k) {
                throw new IllegalArgumentException("confusion matrix row " + t + " has " + confusion[t].length
                        + " columns, not " + k);
            }
            for (int p = 0; p < k; p++) {
                if (confusion[t][p] < 0) {
                    throw new IllegalArgumentException("negative count in the confusion matrix");
                }
                support[t] += confusion[t][p];
                predicted[p] += confusion[t][p];
                samples += confusion[t][p];
            }
        }
        if (samples == 0) {
            throw new IllegalArgumentException("no samples in the confusion matrix");
        }
        double[] precision = new double[k];
        double[] recall = new double[k];
        double[] f1 = new double[k];
        double[] sums = new double[3];
        int present = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            precision[c] = ratio(tp, predicted[c]);
            recall[c] = ratio(tp, support[c]);
            double both = precision[c] + recall[c];
            f1[c] = both == 0 ? 0.0 : 2 * precision[c] * recall[c] / both;
            if (support[c] > 0 || predicted[c] > 0) {
                present++;
                sums[0] += precision[c];
                sums[1] += recall[c];
                sums[2] += f1[c];
            }
        }
        return new ClassificationMetrics(classNames, confusion, samples, Metrics.accuracy(confusion), support,
                precision, recall, f1, sums[0] / present, sums[1] / present, sums[2] / present);
    }

    /** The number of classes. */
    public int classes() {
        return classNames.size();
    }

    /** The number of samples classified correctly. */
    public int correct() {
        int correct = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
        }
        return correct;
    }

    @Override
    public int[][] confusion() {
        return copy(confusion);
    }

    @Override
    public int[] support() {
        return support.clone();
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] recall() {
        return recall.clone();
    }

    @Override
    public double[] f1() {
        return f1.clone();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static int[][] copy(int[][] rows) {
        int[][] copy = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = Arrays.copyOf(rows[i], rows[i].length);
        }
        return copy;
    }
}

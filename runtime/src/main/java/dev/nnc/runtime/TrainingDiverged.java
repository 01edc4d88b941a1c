package dev.nnc.runtime;

import java.util.Arrays;

/**
 * Thrown by {@link Trainer} when a loss or a parameter stops being a finite number: training cannot
 * recover from NaN or infinity, and every later number would be meaningless.
 *
 * <p>It carries where it happened (the epoch, counting from 1, and the sample, counting from 1 in
 * file order) and what was known by then: the initial loss and the loss history of the epochs that
 * completed (every epoch's, or every {@link #lossHistoryEvery()}th's after a long run: see
 * {@link LossHistory}).
 */
public final class TrainingDiverged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final int sample;
    private final String quantity;
    private final double value;
    private final double initialLoss;
    private final double[] lossHistory;
    private final int lossHistoryEvery;

    /**
     * @param epoch the epoch it happened in, from 1
     * @param sample the sample whose loss was not finite, from 1 in file order; 0 when a parameter was
     *     found non-finite at the end of the epoch
     * @param quantity {@code "loss"}, or the name of the parameter ({@code "w3"})
     * @param value the non-finite value (NaN or an infinity)
     * @param initialLoss the mean loss before training
     * @param lossHistory the mean training loss of every completed epoch
     */
    public TrainingDiverged(int epoch, int sample, String quantity, double value, double initialLoss,
                            double[] lossHistory) {
        this(epoch, sample, quantity, value, initialLoss, lossHistory, 1);
    }

    /**
     * As {@link #TrainingDiverged(int, int, String, double, double, double[])}, with the loss of every
     * {@code lossHistoryEvery}th completed epoch ({@link LossHistory#values()}).
     */
    public TrainingDiverged(int epoch, int sample, String quantity, double value, double initialLoss,
                            double[] lossHistory, int lossHistoryEvery) {
        super(describe(epoch, sample, quantity, value));
        this.lossHistoryEvery = lossHistoryEvery;
        this.epoch = epoch;
        this.sample = sample;
        this.quantity = quantity;
        this.value = value;
        this.initialLoss = initialLoss;
        this.lossHistory = lossHistory.clone();
    }

    private static String describe(int epoch, int sample, String quantity, double value) {
        String what = Double.isNaN(value) ? "NaN (not a number)" : "infinite";
        String where = sample > 0 ? "at epoch " + epoch + ", sample " + sample : "by the end of epoch " + epoch;
        String subject = "loss".equals(quantity) ? "the loss" : "parameter " + quantity;
        return "training diverged " + where + ": " + subject + " became " + what;
    }

    /** The epoch it happened in, from 1. */
    public int epoch() {
        return epoch;
    }

    /** The sample (from 1, in file order) whose loss was not finite, or 0 when a parameter was found at epoch end. */
    public int sample() {
        return sample;
    }

    /** {@code "loss"} or the name of the non-finite parameter. */
    public String quantity() {
        return quantity;
    }

    /** Whether it was the loss (rather than a parameter) that stopped being finite. */
    public boolean isLoss() {
        return "loss".equals(quantity);
    }

    /** The non-finite value: NaN or an infinity. */
    public double value() {
        return value;
    }

    /** The mean loss over the training data before training. */
    public double initialLoss() {
        return initialLoss;
    }

    /** The number of epochs that completed before it happened. */
    public int epochsCompleted() {
        return epoch - 1;
    }

    /** A copy of the mean training loss of every completed epoch (every {@link #lossHistoryEvery()}th). */
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** How many epochs apart the entries of {@link #lossHistory()} are: 1 unless the run was long ({@link LossHistory}). */
    public int lossHistoryEvery() {
        return lossHistoryEvery;
    }

    @Override
    public String toString() {
        return getMessage() + " (loss history " + Arrays.toString(lossHistory) + ")";
    }
}

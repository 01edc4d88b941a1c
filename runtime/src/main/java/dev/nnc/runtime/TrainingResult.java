package dev.nnc.runtime;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The outcome of a training run: the mean loss over the training data before and after, the mean
 * loss seen while training each epoch, how many epochs ran and how many samples there were; with
 * validation data, its mean loss after every epoch and at the end; with early stopping, the epoch
 * whose parameters were kept. After a long run the histories keep every {@code lossHistoryEvery}th
 * epoch's loss ({@link LossHistory}): entry {@code i} is epoch {@code 1 + i·lossHistoryEvery}.
 *
 * @param finalLoss the mean training loss at the parameters training ended with (with early
 *     stopping, those of the best epoch)
 * @param epochs the epochs that ran (fewer than planned when training stopped early)
 * @param validationLossHistory the mean validation loss after every epoch that ran; empty without validation data
 * @param validationLoss the mean validation loss at the final parameters; empty without validation data
 * @param bestEpoch with early stopping, the epoch (from 1) whose parameters were restored; 0 if none improved
 * @param lossHistoryEvery how many epochs apart the entries of both histories are: 1 unless the run was long
 */
public record TrainingResult(double initialLoss, double finalLoss, double[] lossHistory, int epochs, int samples,
                             double[] validationLossHistory, OptionalDouble validationLoss, OptionalInt bestEpoch,
                             int lossHistoryEvery) {
    public TrainingResult {
        lossHistory = lossHistory.clone();
        validationLossHistory = validationLossHistory.clone();
    }

    /** A run whose histories have every epoch's loss. */
    public TrainingResult(double initialLoss, double finalLoss, double[] lossHistory, int epochs, int samples,
                          double[] validationLossHistory, OptionalDouble validationLoss, OptionalInt bestEpoch) {
        this(initialLoss, finalLoss, lossHistory, epochs, samples, validationLossHistory, validationLoss, bestEpoch, 1);
    }

    /** A run without validation data or early stopping. */
    public TrainingResult(double initialLoss, double finalLoss, double[] lossHistory, int epochs, int samples) {
        this(initialLoss, finalLoss, lossHistory, epochs, samples, new double[0], OptionalDouble.empty(),
                OptionalInt.empty());
    }

    /** A copy of the loss history, one entry per epoch (per {@link #lossHistoryEvery()} epochs). */
    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** A copy of the validation loss history, as {@link #lossHistory()} (empty without validation data). */
    @Override
    public double[] validationLossHistory() {
        return validationLossHistory.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingResult r
                && Double.compare(initialLoss, r.initialLoss) == 0
                && Double.compare(finalLoss, r.finalLoss) == 0
                && Arrays.equals(lossHistory, r.lossHistory)
                && epochs == r.epochs
                && samples == r.samples
                && Arrays.equals(validationLossHistory, r.validationLossHistory)
                && validationLoss.equals(r.validationLoss)
                && bestEpoch.equals(r.bestEpoch)
                && lossHistoryEvery == r.lossHistoryEvery;
    }

    @Override
    public int hashCode() {
        return Objects.hash(initialLoss, finalLoss, Arrays.hashCode(lossHistory), epochs, samples,
                Arrays.hashCode(validationLossHistory), validationLoss, bestEpoch, lossHistoryEvery);
    }

    @Override
    public String toString() {
        return "TrainingResult[initialLoss=" + initialLoss + ", finalLoss=" + finalLoss
                + ", lossHistory=" + Arrays.toString(lossHistory) + ", epochs=" + epochs
                + ", samples=" + samples + ", validationLossHistory=" + Arrays.toString(validationLossHistory)
                + ", validationLoss=" + validationLoss + ", bestEpoch=" + bestEpoch
                + ", lossHistoryEvery=" + lossHistoryEvery + "]";
    }
}

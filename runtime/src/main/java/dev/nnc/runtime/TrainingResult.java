package dev.nnc.runtime;

import java.util.Arrays;

/**
 * The outcome of a training run: the mean loss over the training data before and after, the mean
 * loss seen while training each epoch, and how many epochs and samples there were.
 */
public record TrainingResult(double initialLoss, double finalLoss, double[] lossHistory, int epochs, int samples) {
    public TrainingResult {
        lossHistory = lossHistory.clone();
    }

    /** A copy of the loss history, one entry per epoch. */
    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingResult
                && Double.compare(initialLoss, ((TrainingResult) o).initialLoss) == 0
                && Double.compare(finalLoss, ((TrainingResult) o).finalLoss) == 0
                && Arrays.equals(lossHistory, ((TrainingResult) o).lossHistory)
                && epochs == ((TrainingResult) o).epochs
                && samples == ((TrainingResult) o).samples;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(initialLoss) + 17 * Double.hashCode(finalLoss)
                + Arrays.hashCode(lossHistory) + 7 * epochs + samples;
    }

    @Override
    public String toString() {
        return "TrainingResult[initialLoss=" + initialLoss + ", finalLoss=" + finalLoss
                + ", lossHistory=" + Arrays.toString(lossHistory) + ", epochs=" + epochs
                + ", samples=" + samples + "]";
    }
}

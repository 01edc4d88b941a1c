package dev.nnc.runtime;

/** Told the mean training loss at the end of every epoch (and the validation loss, when there is validation data). */
@FunctionalInterface
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = (epoch, meanLoss) -> { };

    /**
     * @param epoch the epoch just finished, counting from 1
     * @param meanLoss the mean of the losses seen while training that epoch
     */
    void epochEnded(int epoch, double meanLoss);

    /**
     * The mean validation loss after {@code epoch} (from 1), told just before {@link #epochEnded}.
     * Ignored unless overridden.
     */
    default void validated(int epoch, double validationLoss) {
    }
}

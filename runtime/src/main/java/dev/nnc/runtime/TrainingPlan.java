package dev.nnc.runtime;

import java.util.OptionalLong;

/**
 * How to train: epochs, batch size, and the shuffle seed (empty: data in file order).
 */
public record TrainingPlan(int epochs, int batch, OptionalLong shuffleSeed) {
    public TrainingPlan {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs < 0: " + epochs);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch < 1: " + batch);
        }
    }

    /** The language's default: one epoch, batch 1, file order. */
    public static TrainingPlan defaults() {
        return new TrainingPlan(1, 1, OptionalLong.empty());
    }

    /** The same plan with another number of epochs. */
    public TrainingPlan withEpochs(int newEpochs) {
        return new TrainingPlan(newEpochs, batch, shuffleSeed);
    }
}

package dev.nnc.runtime;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How to train: epochs, batch size, the shuffle seed (empty: data in file order), the learning
 * rate's schedule and early stopping.
 *
 * @param batch samples per update; {@link #FULL_BATCH} for all of them (rprop)
 * @param patience early stopping: stop after this many epochs without improvement (empty: never)
 * @param minDelta early stopping: how much the watched loss must fall to count as an improvement
 */
public record TrainingPlan(int epochs, int batch, OptionalLong shuffleSeed, Schedule schedule, OptionalInt patience,
                           double minDelta) {
    /** A batch of the whole training set, whatever its size. */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    public TrainingPlan {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs < 0: " + epochs);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch < 1: " + batch);
        }
        if (patience.isPresent() && patience.getAsInt() < 1) {
            throw new IllegalArgumentException("patience < 1: " + patience.getAsInt());
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("min_delta < 0: " + minDelta);
        }
    }

    /** A plan with a constant rate and no early stopping. */
    public TrainingPlan(int epochs, int batch, OptionalLong shuffleSeed) {
        this(epochs, batch, shuffleSeed, Schedule.CONSTANT, OptionalInt.empty(), 0.0);
    }

    /** The language's default: one epoch, batch 1, file order. */
    public static TrainingPlan defaults() {
        return new TrainingPlan(1, 1, OptionalLong.empty());
    }

    /** The same plan with another number of epochs. */
    public TrainingPlan withEpochs(int newEpochs) {
        return new TrainingPlan(newEpochs, batch, shuffleSeed, schedule, patience, minDelta);
    }

    /** The same plan with another schedule. */
    public TrainingPlan withSchedule(Schedule newSchedule) {
        return new TrainingPlan(epochs, batch, shuffleSeed, newSchedule, patience, minDelta);
    }

    /** The same plan with early stopping after {@code epochsWithoutImprovement}, improvements counting above {@code delta}. */
    public TrainingPlan withEarlyStopping(int epochsWithoutImprovement, double delta) {
        return new TrainingPlan(epochs, batch, shuffleSeed, schedule, OptionalInt.of(epochsWithoutImprovement), delta);
    }

    /** Whether training stops early when the watched loss stops improving. */
    public boolean stopsEarly() {
        return patience.isPresent();
    }
}

package dev.nnc.cli.sweep;

import dev.nnc.runtime.Schedule;
import dev.nnc.runtime.TrainingPlan;
import java.io.Serializable;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A {@link TrainingPlan} in a form that travels to a Spark executor (plain fields, serialisable). */
public record SweepPlan(int epochs, int batch, boolean shuffles, long shuffleSeed, String schedule, int every,
                        double factor, double minRate, int patience, double minDelta) implements Serializable {

    /** The fields of {@code plan}. */
    public static SweepPlan of(TrainingPlan plan) {
        Schedule s = plan.schedule();
        return new SweepPlan(plan.epochs(), plan.batch(), plan.shuffleSeed().isPresent(),
                plan.shuffleSeed().orElse(0), s.kind().name(), s.every(), s.factor(), s.minRate(),
                plan.patience().orElse(0), plan.minDelta());
    }

    /** The plan again. */
    public TrainingPlan plan() {
        return new TrainingPlan(epochs, batch, shuffles ? OptionalLong.of(shuffleSeed) : OptionalLong.empty(),
                new Schedule(Schedule.Kind.valueOf(schedule), every, factor, minRate),
                patience > 0 ? OptionalInt.of(patience) : OptionalInt.empty(), minDelta);
    }
}

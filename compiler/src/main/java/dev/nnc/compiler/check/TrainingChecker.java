package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.ScheduleStatement;
import dev.nnc.compiler.ast.TrainOption;
import dev.nnc.compiler.ast.TrainStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.Schedule;
import dev.nnc.runtime.TrainingPlan;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Checks {@code train epochs = E [batch = B] [shuffle seed = S] [patience = P [min_delta = D]]}. Options may come in any order;
 * left out they default to one epoch, batch 1, file order; {@code shuffle} without a seed uses seed 0.
 */
final class TrainingChecker {
    private final Problems problems;
    private final Numbers numbers;

    TrainingChecker(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.numbers = numbers;
    }

    /**
     * The plan with {@code schedule}; options with errors (reported) keep their defaults. With rprop
     * ({@code optimizer.fullBatch()}) the batch is the whole training set, which a batch option may
     * only repeat ({@code inlineSamples}, when the samples are written in the file), and no schedule applies.
     */
    TrainingPlan check(Optional<TrainStatement> statement, Schedule schedule, Optional<ScheduleStatement> scheduleStatement,
                       OptimizerSettings optimizer, OptionalInt inlineSamples) {
        if (optimizer.fullBatch() && scheduleStatement.isPresent()) {
            problems.error(Code.RPROP_FULL_BATCH, scheduleStatement.get().span(), "rprop has no learning rate, so a "
                    + "schedule does not apply to it; remove the schedule or choose sgd, momentum or adam");
        }
        if (statement.isEmpty()) {
            return defaults(optimizer).withSchedule(schedule);
        }
        Map<TrainOption.Kind, TrainOption> options = options(statement.get());
        TrainingPlan plan = basic(options, optimizer, inlineSamples).withSchedule(schedule);
        TrainOption patience = options.get(TrainOption.Kind.PATIENCE);
        TrainOption minDelta = options.get(TrainOption.Kind.MIN_DELTA);
        if (patience == null) {
            if (minDelta != null) {
                problems.error(Code.BAD_EARLY_STOPPING, minDelta.span(), "min_delta belongs to early stopping; add "
                        + "patience = N (the epochs to wait for an improvement) to this 'train' statement");
            }
            return plan;
        }
        OptionalLong epochs = patience.value().isEmpty() ? OptionalLong.empty()
                : numbers.whole(patience.value().get(), Code.BAD_EARLY_STOPPING, "patience", 1, Integer.MAX_VALUE);
        double delta = 0.0;
        if (minDelta != null && minDelta.value().isPresent()) {
            NumberLit d = minDelta.value().get();
            if (!(d.value() >= 0) || Double.isInfinite(d.value())) {
                problems.error(Code.BAD_EARLY_STOPPING, d.span(), "min_delta must be a number >= 0, not " + d.text());
            } else {
                delta = d.value();
            }
        }
        return epochs.isPresent() ? plan.withEarlyStopping((int) epochs.getAsLong(), delta) : plan;
    }

    /** The statement's options by kind, the first of each; a second one is reported. */
    private Map<TrainOption.Kind, TrainOption> options(TrainStatement statement) {
        Map<TrainOption.Kind, TrainOption> options = new EnumMap<>(TrainOption.Kind.class);
        for (TrainOption option : statement.options()) {
            TrainOption first = options.putIfAbsent(option.kind(), option);
            if (first != null) {
                problems.error(Code.DUPLICATE, option.span(), "'" + option.kind().spelling()
                        + "' is given twice in this 'train' statement");
            }
        }
        return options;
    }

    /** One epoch in file order, in batches of one, or of the whole training set for rprop. */
    private static TrainingPlan defaults(OptimizerSettings optimizer) {
        return optimizer.fullBatch()
                ? new TrainingPlan(1, TrainingPlan.FULL_BATCH, OptionalLong.empty()) : TrainingPlan.defaults();
    }

    /** Epochs, batch and shuffling from {@code options}. */
    private TrainingPlan basic(Map<TrainOption.Kind, TrainOption> options, OptimizerSettings optimizer,
                               OptionalInt inlineSamples) {
        TrainingPlan defaults = defaults(optimizer);
        long epochs = value(options.get(TrainOption.Kind.EPOCHS), "epochs", 0, defaults.epochs());
        long batch = value(options.get(TrainOption.Kind.BATCH), "the batch size", 1, defaults.batch());
        TrainOption batchOption = options.get(TrainOption.Kind.BATCH);
        if (optimizer.fullBatch() && batchOption != null && batchOption.value().isPresent()) {
            NumberLit given = batchOption.value().get();
            if (inlineSamples.isPresent() && given.value() == inlineSamples.getAsInt()) {
                batch = TrainingPlan.FULL_BATCH;
            } else {
                problems.error(Code.RPROP_FULL_BATCH, batchOption.span(), "rprop updates once per pass over all the "
                        + "training samples" + (inlineSamples.isPresent() ? " (" + inlineSamples.getAsInt() + ")" : "")
                        + ", so it takes no batch size; remove 'batch = " + given.text() + "'");
                batch = TrainingPlan.FULL_BATCH;
            }
        }
        OptionalLong seed = OptionalLong.empty();
        TrainOption shuffle = options.get(TrainOption.Kind.SHUFFLE);
        if (shuffle != null) {
            seed = shuffle.value().isPresent()
                    ? numbers.whole(shuffle.value().get(), Code.BAD_SEED, "the shuffle seed", Long.MIN_VALUE,
                    Long.MAX_VALUE)
                    : OptionalLong.of(0L);
        }
        return new TrainingPlan((int) epochs, (int) batch, seed);
    }

    private long value(TrainOption option, String what, long min, long fallback) {
        if (option == null || option.value().isEmpty()) {
            return fallback;
        }
        return numbers.whole(option.value().get(), Code.BAD_TRAINING, what, min, Integer.MAX_VALUE).orElse(fallback);
    }
}

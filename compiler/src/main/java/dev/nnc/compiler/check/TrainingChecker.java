package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.TrainOption;
import dev.nnc.compiler.ast.TrainStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.runtime.TrainingPlan;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks {@code train epochs = E [batch = B] [shuffle seed = S]}. Options may come in any order;
 * left out they default to one epoch, batch 1, file order; {@code shuffle} without a seed uses seed 0.
 */
final class TrainingChecker {
    private final Problems problems;
    private final Numbers numbers;

    TrainingChecker(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.numbers = numbers;
    }

    /** The plan; options with errors (reported) keep their defaults. */
    TrainingPlan check(Optional<TrainStatement> statement) {
        TrainingPlan defaults = TrainingPlan.defaults();
        if (statement.isEmpty()) {
            return defaults;
        }
        Map<TrainOption.Kind, TrainOption> options = new EnumMap<>(TrainOption.Kind.class);
        for (TrainOption option : statement.get().options()) {
            TrainOption first = options.putIfAbsent(option.kind(), option);
            if (first != null) {
                problems.error(Code.DUPLICATE, option.span(), "'" + option.kind().spelling()
                        + "' is given twice in this 'train' statement");
            }
        }
        long epochs = value(options.get(TrainOption.Kind.EPOCHS), "epochs", 0, defaults.epochs());
        long batch = value(options.get(TrainOption.Kind.BATCH), "the batch size", 1, defaults.batch());
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

package dev.nnc.compiler.check;

import dev.nnc.compiler.diag.Code;
import dev.nnc.runtime.Loss;
import java.util.Optional;

/**
 * Targets that do not suit the loss, found in inline samples by the checker and in CSV files by
 * the data loader: with {@code cross_entropy} a target is a distribution over the classes (the
 * fused gradient y - t assumes it sums to 1), with {@code bce} each target is a probability.
 * Warnings: the network still compiles, but it will not learn what the user means.
 */
public final class TargetAdvice {
    /** How far a sum may be from 1 before it is reported (hand-written 0.33, 0.33, 0.34 is fine). */
    private static final double TOLERANCE = 1e-3;

    private TargetAdvice() {
    }

    /** The code reported for targets that do not suit {@code loss}, or empty when it takes any. */
    public static Optional<Code> code(Loss loss) {
        return switch (loss) {
            case CROSS_ENTROPY -> Optional.of(Code.TARGETS_NOT_DISTRIBUTION);
            case BCE -> Optional.of(Code.TARGETS_OUTSIDE_UNIT);
            case HALF_SSE, SSE, MSE -> Optional.empty();
        };
    }

    /** What is wrong with {@code target} for {@code loss} ("sums to 2", "has -1"), or empty. */
    public static Optional<String> problem(Loss loss, double[] target) {
        if (loss == Loss.BCE) {
            for (double t : target) {
                if (!(t >= 0 && t <= 1)) {
                    return Optional.of("has " + number(t));
                }
            }
        } else if (loss == Loss.CROSS_ENTROPY) {
            double sum = 0;
            for (double t : target) {
                if (t < 0) {
                    return Optional.of("has " + number(t));
                }
                sum += t;
            }
            if (!(Math.abs(sum - 1) <= TOLERANCE)) {
                return Optional.of("sums to " + number(sum));
            }
        }
        return Optional.empty();
    }

    /** "with loss bce targets must be between 0 and 1", the rule {@code problem} measures against. */
    public static String rule(Loss loss) {
        return loss == Loss.BCE
                ? "with loss bce each target must be between 0 and 1"
                : "with loss cross_entropy each target must be a distribution over the classes (values of at least 0"
                + " that sum to 1, such as the one-hot [0, 1, 0])";
    }

    /** 2 rather than 2.0; otherwise as Java prints doubles. */
    static String number(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}

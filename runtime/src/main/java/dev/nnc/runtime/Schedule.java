package dev.nnc.runtime;

/**
 * The learning rate of every epoch: constant, or a {@code schedule} statement's. For epoch
 * {@code e} (from 0) of {@code E}, with {@code rate} the optimizer's:
 * <ul>
 * <li>{@code step(every = k, factor = f)}: {@code rate * f^floor(e / k)}</li>
 * <li>{@code exponential(factor = f)}: {@code rate * f^e}</li>
 * <li>{@code cosine(min_rate = m)}: {@code m + (rate - m) * (1 + cos(pi * e / E)) / 2}</li>
 * </ul>
 * The powers are {@link Math#pow}, the arithmetic left to right, as the reference trainer does.
 */
public record Schedule(Kind kind, int every, double factor, double minRate) {
    /** The kinds of schedule, with their spelling in a {@code .nn} file. */
    public enum Kind {
        CONSTANT("constant"), STEP("step"), EXPONENTIAL("exponential"), COSINE("cosine");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        /** The word as written in a {@code .nn} file. */
        public String spelling() {
            return spelling;
        }
    }

    /** The rate never changes. */
    public static final Schedule CONSTANT = new Schedule(Kind.CONSTANT, 1, 1.0, 0.0);

    public Schedule {
        if (every < 1) {
            throw new IllegalArgumentException("every < 1: " + every);
        }
    }

    /** {@code step(every = k, factor = f)}. */
    public static Schedule step(int every, double factor) {
        return new Schedule(Kind.STEP, every, factor, 0.0);
    }

    /** {@code exponential(factor = f)}. */
    public static Schedule exponential(double factor) {
        return new Schedule(Kind.EXPONENTIAL, 1, factor, 0.0);
    }

    /** {@code cosine(min_rate = m)}. */
    public static Schedule cosine(double minRate) {
        return new Schedule(Kind.COSINE, 1, 1.0, minRate);
    }

    /** The rate of epoch {@code epoch} (from 0) of {@code epochs}, from the optimizer's {@code rate}. */
    public double rate(double rate, int epoch, int epochs) {
        return switch (kind) {
            case CONSTANT -> rate;
            case STEP -> rate * Math.pow(factor, epoch / every);
            case EXPONENTIAL -> rate * Math.pow(factor, epoch);
            case COSINE -> minRate + (rate - minRate) * (1 + Math.cos(Math.PI * epoch / epochs)) / 2;
        };
    }
}

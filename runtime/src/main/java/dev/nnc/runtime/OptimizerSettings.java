package dev.nnc.runtime;

/**
 * An optimizer and its hyperparameters. Parameters an optimizer does not use keep their defaults.
 *
 * @param rate the learning rate
 * @param beta momentum's decay (default 0.9)
 * @param beta1 adam's first-moment decay (default 0.9)
 * @param beta2 adam's second-moment decay (default 0.999)
 * @param eps adam's epsilon (default 1e-8)
 */
public record OptimizerSettings(OptimizerKind kind, double rate, double beta, double beta1, double beta2, double eps) {
    public static final double DEFAULT_RATE = 0.1;
    public static final double DEFAULT_BETA = 0.9;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPS = 1e-8;

    /** The defaults of {@code kind}: rate 0.1 and the spec's betas and epsilon. */
    public static OptimizerSettings defaults(OptimizerKind kind) {
        return new OptimizerSettings(kind, DEFAULT_RATE, DEFAULT_BETA, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS);
    }

    /** The language's default optimizer, {@code sgd(rate = 0.1)}. */
    public static OptimizerSettings sgd(double rate) {
        return defaults(OptimizerKind.SGD).withRate(rate);
    }

    /** The same settings with another learning rate. */
    public OptimizerSettings withRate(double newRate) {
        return new OptimizerSettings(kind, newRate, beta, beta1, beta2, eps);
    }
}

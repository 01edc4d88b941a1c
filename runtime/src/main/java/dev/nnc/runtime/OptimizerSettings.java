package dev.nnc.runtime;

/**
 * An optimizer and its hyperparameters. Parameters an optimizer does not use keep their defaults.
 *
 * @param rate the learning rate (rprop has none and ignores it)
 * @param beta momentum's decay (default 0.9)
 * @param beta1 adam's first-moment decay (default 0.9)
 * @param beta2 adam's second-moment decay (default 0.999)
 * @param eps adam's epsilon (default 1e-8)
 * @param weightDecay L2 weight decay λ (default 0): the gradient of weight w becomes
 *     {@code dw / batch + λ * w}; biases are never decayed
 * @param rprop rprop's step sizes and factors
 */
public record OptimizerSettings(OptimizerKind kind, double rate, double beta, double beta1, double beta2, double eps,
                                double weightDecay, RpropSettings rprop) {
    public static final double DEFAULT_RATE = 0.1;
    public static final double DEFAULT_BETA = 0.9;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPS = 1e-8;

    /** Settings without weight decay and with rprop's defaults. */
    public OptimizerSettings(OptimizerKind kind, double rate, double beta, double beta1, double beta2, double eps) {
        this(kind, rate, beta, beta1, beta2, eps, 0.0, RpropSettings.DEFAULTS);
    }

    /** The defaults of {@code kind}: rate 0.1, the spec's betas and epsilon, no weight decay. */
    public static OptimizerSettings defaults(OptimizerKind kind) {
        return new OptimizerSettings(kind, DEFAULT_RATE, DEFAULT_BETA, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS);
    }

    /** The language's default optimizer, {@code sgd(rate = 0.1)}. */
    public static OptimizerSettings sgd(double rate) {
        return defaults(OptimizerKind.SGD).withRate(rate);
    }

    /** The same settings with another learning rate. */
    public OptimizerSettings withRate(double newRate) {
        return new OptimizerSettings(kind, newRate, beta, beta1, beta2, eps, weightDecay, rprop);
    }

    /** The same settings with another weight decay. */
    public OptimizerSettings withWeightDecay(double lambda) {
        return new OptimizerSettings(kind, rate, beta, beta1, beta2, eps, lambda, rprop);
    }

    /** The same settings with other rprop step sizes and factors. */
    public OptimizerSettings withRprop(RpropSettings settings) {
        return new OptimizerSettings(kind, rate, beta, beta1, beta2, eps, weightDecay, settings);
    }

    /** Whether the optimizer updates once per pass over all the training data (rprop). */
    public boolean fullBatch() {
        return kind == OptimizerKind.RPROP;
    }
}

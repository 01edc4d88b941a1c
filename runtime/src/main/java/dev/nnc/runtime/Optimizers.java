package dev.nnc.runtime;

/** Creates the {@link Optimizer} that {@link OptimizerSettings} describe. */
public final class Optimizers {
    private Optimizers() {
    }

    /**
     * A fresh optimizer for {@code parameterCount} parameters, the first {@code weightCount} of them
     * weights (decayed when the settings have weight decay), with zero state.
     */
    public static Optimizer create(OptimizerSettings settings, int weightCount, int parameterCount) {
        WeightDecay decay = new WeightDecay(settings.weightDecay(), weightCount);
        return switch (settings.kind()) {
            case SGD -> new Sgd(settings.rate(), decay);
            case MOMENTUM -> new Momentum(settings.rate(), settings.beta(), parameterCount, decay);
            case ADAM -> new Adam(settings.rate(), settings.beta1(), settings.beta2(), settings.eps(), parameterCount,
                    decay);
            case RPROP -> new Rprop(settings.rprop(), parameterCount, decay);
        };
    }
}

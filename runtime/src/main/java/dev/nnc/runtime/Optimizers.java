package dev.nnc.runtime;

/** Creates the {@link Optimizer} that {@link OptimizerSettings} describe. */
public final class Optimizers {
    private Optimizers() {
    }

    /** A fresh optimizer for {@code parameterCount} parameters, with zero state. */
    public static Optimizer create(OptimizerSettings settings, int parameterCount) {
        return switch (settings.kind()) {
            case SGD -> new Sgd(settings.rate());
            case MOMENTUM -> new Momentum(settings.rate(), settings.beta(), parameterCount);
            case ADAM -> new Adam(settings.rate(), settings.beta1(), settings.beta2(), settings.eps(), parameterCount);
        };
    }
}

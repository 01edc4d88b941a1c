package dev.nnc.runtime;

/** Creates the {@link Optimizer} that {@link OptimizerSettings} describe. */
public final class Optimizers {
    private Optimizers() {
    }

    /** A fresh optimizer for {@code parameterCount} parameters, with zero state. */
    public static Optimizer create(OptimizerSettings settings, int parameterCount) {
        switch (settings.kind()) {
            case SGD:
                return new Sgd(settings.rate());
            case MOMENTUM:
                return new Momentum(settings.rate(), settings.beta(), parameterCount);
            case ADAM:
                return new Adam(settings.rate(), settings.beta1(), settings.beta2(), settings.eps(), parameterCount);
            default:
                throw new IllegalArgumentException("unknown optimizer " + settings.kind());
        }
    }
}

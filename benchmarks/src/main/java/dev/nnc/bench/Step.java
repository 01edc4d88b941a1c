package dev.nnc.bench;

/** One training step of one implementation: forward, backward and an sgd update on one sample. */
@FunctionalInterface
public interface Step {
    /** Trains on {@code x -> t}; returns something computed (the loss), so the work cannot be skipped. */
    double train(double[] x, double[] t);
}

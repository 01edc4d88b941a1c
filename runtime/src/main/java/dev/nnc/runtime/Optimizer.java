package dev.nnc.runtime;

/**
 * An optimizer over a flat array of parameters, driven by gradient sums of a batch.
 *
 * <p>The mean gradient of parameter {@code i} is {@code gradSum[i] / batchSize}, a division and not
 * a multiplication by {@code 1.0 / batchSize}, so that results match generated code bit for bit.
 * Parameters whose {@code trainable} entry is false are neither changed nor given any state.
 *
 * <p>The arithmetic is the reference implementation's, operation for operation, so that results
 * agree with it bit for bit (the shared conformance suite shows they do): plain
 * {@code p -= rate * step}, evaluated left to right.
 */
public interface Optimizer {
    /** Makes one update of {@code params} from the gradient sums of {@code batchSize} samples. */
    void apply(double[] params, double[] gradSum, boolean[] trainable, int batchSize);

    /** Forgets all state (velocities, moments, step count). */
    void reset();

    /** The current learning rate. */
    double rate();

    /** Changes the learning rate for the following updates. */
    void setRate(double rate);

    /** An independent optimizer with the same settings, rate and state. */
    Optimizer copy();
}

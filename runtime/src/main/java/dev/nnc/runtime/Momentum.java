package dev.nnc.runtime;

import java.util.Arrays;

/** Gradient descent with momentum: {@code v = beta * v + g; p -= rate * v} (one fused multiply-add), v starting at 0. */
public final class Momentum implements Optimizer {
    private final double beta;
    private final double[] velocity;
    private final WeightDecay decay;
    private double rate;

    public Momentum(double rate, double beta, int parameterCount) {
        this(rate, beta, parameterCount, WeightDecay.NONE);
    }

    /** With weight decay {@code decay}. */
    public Momentum(double rate, double beta, int parameterCount, WeightDecay decay) {
        this.decay = decay;
        this.rate = rate;
        this.beta = beta;
        this.velocity = new double[parameterCount];
    }

    @Override
    public void apply(double[] params, double[] gradSum, boolean[] trainable, int batchSize) {
        for (int i = 0; i < params.length; i++) {
            if (trainable[i]) {
                double g = decay.gradient(params, gradSum, i, batchSize);
                velocity[i] = beta * velocity[i] + g;
                params[i] -= rate * velocity[i];
            }
        }
    }

    @Override
    public void reset() {
        Arrays.fill(velocity, 0.0);
    }

    @Override
    public double rate() {
        return rate;
    }

    @Override
    public void setRate(double rate) {
        this.rate = rate;
    }

    @Override
    public Momentum copy() {
        Momentum copy = new Momentum(rate, beta, velocity.length, decay);
        System.arraycopy(velocity, 0, copy.velocity, 0, velocity.length);
        return copy;
    }
}

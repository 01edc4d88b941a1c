package dev.nnc.runtime;

import java.util.Arrays;

/**
 * Adam: {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g g;
 * p -= rate * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)}, evaluated left to right, with {@code t}
 * counting updates from 1 and {@code b^t} computed by {@link Math#pow}.
 */
public final class Adam implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double[] m;
    private final double[] v;
    private final WeightDecay decay;
    private double rate;
    private long step;

    public Adam(double rate, double beta1, double beta2, double eps, int parameterCount) {
        this(rate, beta1, beta2, eps, parameterCount, WeightDecay.NONE);
    }

    /** With weight decay {@code decay}. */
    public Adam(double rate, double beta1, double beta2, double eps, int parameterCount, WeightDecay decay) {
        this.decay = decay;
        this.rate = rate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.m = new double[parameterCount];
        this.v = new double[parameterCount];
    }

    @Override
    public void apply(double[] params, double[] gradSum, boolean[] trainable, int batchSize) {
        step++;
        double correction1 = 1.0 - Math.pow(beta1, step);
        double correction2 = 1.0 - Math.pow(beta2, step);
        for (int i = 0; i < params.length; i++) {
            if (trainable[i]) {
                double g = decay.gradient(params, gradSum, i, batchSize);
                m[i] = beta1 * m[i] + (1.0 - beta1) * g;
                v[i] = beta2 * v[i] + (1.0 - beta2) * g * g;
                params[i] -= rate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + eps);
            }
        }
    }

    /** Number of updates made since creation or the last reset. */
    public long step() {
        return step;
    }

    @Override
    public void reset() {
        Arrays.fill(m, 0.0);
        Arrays.fill(v, 0.0);
        step = 0;
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
    public Adam copy() {
        Adam copy = new Adam(rate, beta1, beta2, eps, m.length, decay);
        System.arraycopy(m, 0, copy.m, 0, m.length);
        System.arraycopy(v, 0, copy.v, 0, v.length);
        copy.step = step;
        return copy;
    }
}

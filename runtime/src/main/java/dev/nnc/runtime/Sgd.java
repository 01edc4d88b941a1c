package dev.nnc.runtime;

/** Plain gradient descent: {@code p -= rate * g}, as one fused multiply-add. */
public final class Sgd implements Optimizer {
    private double rate;

    public Sgd(double rate) {
        this.rate = rate;
    }

    @Override
    public void apply(double[] params, double[] gradSum, boolean[] trainable, int batchSize) {
        for (int i = 0; i < params.length; i++) {
            if (trainable[i]) {
                double g = gradSum[i] / batchSize;
                params[i] -= rate * g;
            }
        }
    }

    @Override
    public void reset() {
        // stateless
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
    public Sgd copy() {
        return new Sgd(rate);
    }
}

package dev.nnc.runtime;

/** Plain gradient descent: {@code p -= rate * g}, as one fused multiply-add. */
public final class Sgd implements Optimizer {
    private final WeightDecay decay;
    private double rate;

    public Sgd(double rate) {
        this(rate, WeightDecay.NONE);
    }

    /** With weight decay {@code decay}. */
    public Sgd(double rate, WeightDecay decay) {
        this.decay = decay;
        this.rate = rate;
    }

    @Override
    public void apply(double[] params, double[] gradSum, boolean[] trainable, int batchSize) {
        for (int i = 0; i < params.length; i++) {
            if (trainable[i]) {
                double g = decay.gradient(params, gradSum, i, batchSize);
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
        return new Sgd(rate, decay);
    }
}
